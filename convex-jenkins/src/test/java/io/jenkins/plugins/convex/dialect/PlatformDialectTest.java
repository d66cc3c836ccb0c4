package io.jenkins.plugins.convex.dialect;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.client;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.freestyle.ConvexPreviewBuildWrapper;
import io.jenkins.plugins.convex.page.ConvexPreviewsLink;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The steps against an emulator speaking the live service's (platform) dialect, chosen by the global
 * "API dialect" setting: the preview's identity is its server reference (reuse without the store),
 * the preview expiry setting reaches the server, keys made for a block are deleted when it ends,
 * returned keys expire, and the previews page shows the server's expiry.
 */
@WithJenkins
class PlatformDialectTest {

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        emulator = ConvexTestSupport.startPlatformEmulator();
        ConvexTestSupport.configurePlatform(emulator);
        projectId = createProject(emulator, "app");
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private WorkflowRun run(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.jenkins.getItemByFullName("p", WorkflowJob.class);
        if (job == null) {
            job = r.createProject(WorkflowJob.class, "p");
        }
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    private PreviewRecord stored(String branch) {
        return JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch(branch)).orElseThrow();
    }

    private List<String> keyNames() {
        return client(emulator).listDeployKeys(projectId).stream().map(DeployKey::name).toList();
    }

    @Test
    void thePreviewCarriesItsIdentityAsTheServersReference(JenkinsRule r) throws Exception {
        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'", Result.SUCCESS);

        assertEquals("preview/feature/login", client(emulator).getDeployment(stored("feature/login").deploymentName()).reference());
    }

    @Test
    void aControllerWhoseStoreNeverSawThePreviewReusesItByReference(JenkinsRule r) throws Exception {
        String script = "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'";
        run(r, script, Result.SUCCESS);
        PreviewRecord first = stored("feature/login");
        // Another controller: same server, a store without this preview.
        assertTrue(JenkinsPreviewStore.get().remove(projectId, first.identity(), first.deploymentName()));

        WorkflowRun again = run(r, script, Result.SUCCESS);

        r.assertLogContains("[convex] reused preview " + first.deploymentName() + " for feature/login", again);
        assertEquals(first.deploymentName(), stored("feature/login").deploymentName());
        assertEquals(1, ConvexTestSupport.requestsEndingWith(emulator, "POST", "/create_deployment"));
    }

    @Test
    void thePreviewExpirySettingSetsTheServersExpiry(JenkinsRule r) throws Exception {
        ConvexGlobalConfiguration.get().setPreviewExpiryDays("3");
        Instant before = Instant.now();

        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'", Result.SUCCESS);

        Instant expiresAt = client(emulator).getDeployment(stored("feature/login").deploymentName()).expiresAt();
        assertNotNull(expiresAt);
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofDays(3)).minusSeconds(5)), expiresAt.toString());
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofDays(3)).plusSeconds(5)), expiresAt.toString());
    }

    @Test
    void withConvexPreviewDeletesTheBlocksKeyWhenTheBlockEnds(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "withConvexPreview(projectId: " + projectId + ", branch: 'feature/login', deployKey: true, keyName: 'e2e') {\n"
                + "  echo \"has key: ${env.CONVEX_DEPLOY_KEY.length() > 10}\"\n"
                + "}", Result.SUCCESS);

        String name = stored("feature/login").deploymentName();
        r.assertLogContains("has key: true", b);
        r.assertLogContains("[convex] deleted deploy key feature/login/e2e of deployment " + name, b);
        assertTrue(keyNames().isEmpty(), keyNames().toString());
        assertTrue(ConvexTestSupport.deploymentExists(emulator, name), "the preview itself stays");
    }

    @Test
    void withConvexDeployKeyDeletesTheKeyEvenWhenTheBodyFails(JenkinsRule r) throws Exception {
        String deployment = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, null, null)).name();

        WorkflowRun b = run(r, "withConvexDeployKey(deploymentName: '" + deployment + "', keyName: 'ci') {\n"
                + "  error 'tests failed'\n"
                + "}", Result.FAILURE);

        r.assertLogContains("[convex] deleted deploy key ci of deployment " + deployment, b);
        assertTrue(keyNames().isEmpty(), keyNames().toString());
    }

    @Test
    void convexDeployKeyReturnsAKeyThatExpiresAfterTheConfiguredLifetime(JenkinsRule r) throws Exception {
        ConvexGlobalConfiguration.get().setDeployKeyLifetimeHours(6);
        String deployment = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, null, null)).name();
        Instant before = Instant.now();

        WorkflowRun b = run(r, "def k = convexDeployKey deploymentName: '" + deployment + "', projectId: " + projectId + ", keyName: 'ci'\n"
                + "echo \"expiresAt=${k.expiresAt}\"", Result.SUCCESS);

        String line = b.getLog().lines().filter(l -> l.startsWith("expiresAt=")).findFirst().orElseThrow();
        Instant expiresAt = Instant.parse(line.substring("expiresAt=".length()));
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofHours(6))), expiresAt.toString());
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofHours(6)).plusSeconds(1)), expiresAt.toString());
        r.assertLogContains("[convex] created deploy key ci for deployment " + deployment + ", expiring at ", b);
        assertEquals(List.of("ci"), keyNames(), "a returned key is not deleted: the script may still use it");
    }

    @Test
    void theFreestyleWrapperDeletesItsKeyWhenTheBuildEnds(JenkinsRule r) throws Exception {
        FreeStyleProject p = r.createFreeStyleProject("web");
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("feature/login");
        wrapper.setDeployKey(true);
        wrapper.setKeyName("e2e");
        p.getBuildWrappersList().add(wrapper);

        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        r.assertLogContains("[convex] deleted deploy key feature/login/e2e of deployment " + stored("feature/login").deploymentName(), b);
        assertTrue(keyNames().isEmpty(), keyNames().toString());
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void thePreviewsPageShowsTheServersExpiry(JenkinsRule r) throws Exception {
        ConvexGlobalConfiguration.get().setPreviewExpiryDays("2");
        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'", Result.SUCCESS);
        Deployment onServer = client(emulator).getDeployment(stored("feature/login").deploymentName());

        String shown = r.jenkins.getExtensionList(ConvexPreviewsLink.class).get(0).getExpiries().get(onServer.name());

        assertEquals(onServer.expiresAt().toString(), shown);
        JenkinsRule.WebClient wc = r.createWebClient();
        assertTrue(wc.goTo("manage/convex-previews").asNormalizedText().contains(shown));
    }

    @Test
    void onTheSpecDialectTheBlocksKeyStaysAndTheLogSaysWhy(JenkinsRule r) throws Exception {
        try (ConvexEmulator spec = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(spec);
            ConvexGlobalConfiguration.get().setApiDialect("auto");
            long specProject = createProject(spec, "app");
            String deployment = client(spec).createCloudDeployment(specProject,
                    CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, null, null)).name();

            WorkflowRun b = run(r, "withConvexDeployKey(deploymentName: '" + deployment + "', keyName: 'ci') { echo 'body' }", Result.SUCCESS);

            r.assertLogContains("[convex] deploy key ci of deployment " + deployment
                    + " stays: the spec API dialect cannot delete deploy keys", b);
            assertEquals(1, client(spec).listDeployKeys(specProject).size());
        }
    }

    @Test
    void onTheSpecDialectThePreviewExpirySettingIsIgnored(JenkinsRule r) throws Exception {
        try (ConvexEmulator spec = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(spec);
            ConvexGlobalConfiguration.get().setApiDialect("auto");
            ConvexGlobalConfiguration.get().setPreviewExpiryDays("3");
            long specProject = createProject(spec, "app");

            WorkflowRun b = run(r, "convexCreatePreview projectId: " + specProject + ", branch: 'feature/login'", Result.SUCCESS);

            r.assertLogContains("[convex] created preview ", b);
        }
    }

    @Test
    void testConnectionSpeaksTheDialectChosenInTheForm(JenkinsRule r) {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        config.setApiDialect("auto"); // saved: spec for the emulator's loopback URL; the form says platform

        hudson.util.FormValidation result = config.doTestConnection(emulator.baseUrl(), ConvexTestSupport.CREDENTIALS_ID,
                Long.toString(emulator.defaultTeamId()), "platform");

        assertEquals(hudson.util.FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertTrue(result.renderHtml().contains("(platform API dialect)"), result.renderHtml());
    }
}
