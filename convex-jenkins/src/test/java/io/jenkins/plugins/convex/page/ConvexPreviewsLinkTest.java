package io.jenkins.plugins.convex.page;

import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Manage Jenkins > Convex previews: every preview, and a delete only administrators may POST. */
@WithJenkins
class ConvexPreviewsLinkTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private String preview;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        long projectId = createProject(emulator, "shop");
        WorkflowJob p = r.createProject(WorkflowJob.class, "shop-feature");
        p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'feature/page')", true));
        preview = r.buildAndAssertSuccess(p).getAction(ConvexPreviewAction.class).getDeploymentName();
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("dev"));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private static WebRequest deleteRequest(JenkinsRule r, String deploymentName, HttpMethod method) throws Exception {
        return new WebRequest(new URL(r.getURL(), "manage/convex-previews/delete?deploymentName=" + deploymentName), method);
    }

    @Test
    void anAdministratorSeesEveryPreviewWithItsJobBranchAndLinks() throws Exception {
        HtmlPage page = r.createWebClient().login("admin").goTo("manage/convex-previews");
        String text = page.asNormalizedText();
        assertTrue(text.contains("shop-feature"), text);
        assertTrue(text.contains("feature/page"), text);
        assertTrue(text.contains(preview), text);
        assertTrue(text.contains("active"), text);
        assertTrue(page.asXml().contains("https://dashboard.convex.dev/d/" + preview));
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotSeeThePage() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("dev").withThrowExceptionOnFailingStatusCode(false);
        assertEquals(403, wc.goTo("manage/convex-previews").getWebResponse().getStatusCode());
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotDelete() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("dev").withThrowExceptionOnFailingStatusCode(false);
        WebRequest post = deleteRequest(r, preview, HttpMethod.POST);
        wc.addCrumb(post);
        assertEquals(403, wc.getPage(post).getWebResponse().getStatusCode());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty());
        assertTrue(deploymentExists(emulator, preview));
    }

    @Test
    void deleteIsRefusedOverGet() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("admin").withThrowExceptionOnFailingStatusCode(false);
        // @POST acts when Stapler selects the web method: a GET finds no method, hence 404 (not 405).
        assertEquals(404, wc.getPage(deleteRequest(r, preview, HttpMethod.GET)).getWebResponse().getStatusCode());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty());
        assertTrue(deploymentExists(emulator, preview));
    }

    @Test
    void anAdministratorsPostDeletesThePreview() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("admin");
        WebRequest post = deleteRequest(r, preview, HttpMethod.POST);
        wc.addCrumb(post);
        wc.getPage(post);
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

        assertFalse(deploymentExists(emulator, preview));
        assertTrue(JenkinsPreviewStore.get().findByDeploymentName(preview).isEmpty());
        assertFalse(wc.goTo("manage/convex-previews").asNormalizedText().contains(preview));
    }
}
