package io.jenkins.plugins.convex.steps;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static io.jenkins.plugins.convex.ConvexTestSupport.requestsEndingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The preview steps in sandboxed Pipelines against the emulator. */
@WithJenkins
class PreviewStepsTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void startEmulator(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "app");
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private WorkflowRun run(JenkinsRule r, String name, String script, Result expected) throws Exception {
        WorkflowJob job = r.jenkins.getItemByFullName(name, WorkflowJob.class);
        if (job == null) {
            job = r.createProject(WorkflowJob.class, name);
        }
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    @Test
    void createPreviewReturnsASandboxSafeMapAndLogsOneLine() throws Exception {
        WorkflowRun b = run(r, "p", "def p = convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'\n"
                + "echo \"name=${p.name} url=${p.url} created=${p.created} identity=${p.identity} key=${p.containsKey('deployKey')}\"",
                Result.SUCCESS);
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login", "p")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] created preview " + name + " for feature/login", b);
        r.assertLogContains("name=" + name + " url=", b);
        r.assertLogContains("created=true identity=p/feature/login key=false", b);
        assertTrue(deploymentExists(emulator, name));
    }

    @Test
    void secondBuildOfTheSameBranchReusesThePreview() throws Exception {
        String script = "echo \"name=${convexCreatePreview(projectId: " + projectId + ", branch: 'feature/login').name}\"";
        WorkflowRun first = run(r, "p", script, Result.SUCCESS);
        WorkflowRun second = run(r, "p", script, Result.SUCCESS);
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login", "p")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] created preview " + name, first);
        r.assertLogContains("[convex] reused preview " + name + " for feature/login", second);
        assertEquals(1, requestsEndingWith(emulator, "POST", "/deployments/create_cloud"));
    }

    @Test
    void pullRequestBuildsUseThePullRequestNumber() throws Exception {
        WorkflowRun b = run(r, "p", "withEnv(['CHANGE_ID=12', 'BRANCH_NAME=PR-12']) {\n"
                + "  echo \"identity=${convexCreatePreview(projectId: " + projectId + ").identity}\"\n}", Result.SUCCESS);
        r.assertLogContains("identity=p/pr-12", b);
    }

    @Test
    void theRecordNamesTheCreatingJobAndCredentials() throws Exception {
        run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'main-line'", Result.SUCCESS);
        PreviewRecord record = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("main-line", "p")).orElseThrow();
        assertEquals("p", record.creator());
        assertEquals("p", record.attributes().get(PreviewAttributes.JOB));
        assertEquals("p#1", record.attributes().get(PreviewAttributes.BUILD));
        assertEquals(ConvexTestSupport.CREDENTIALS_ID, record.attributes().get(PreviewAttributes.CREDENTIALS_ID));
    }

    @Test
    void theBuildPageShowsThePreviewWithoutAnySecret() throws Exception {
        ConvexGlobalConfiguration.get().setSecretsAsValues(true);
        WorkflowRun b = run(r, "p", "node {\n"
                + "  def p = convexCreatePreview projectId: " + projectId + ", branch: 'feature/page', deployKey: true\n"
                + "  writeFile file: 'key.txt', text: p.deployKey\n"
                + "}", Result.SUCCESS);
        String key = r.jenkins.getWorkspaceFor(r.jenkins.getItemByFullName("p", WorkflowJob.class)).child("key.txt").readToString();
        assertTrue(key.length() > 10, "the script got the key it asked for");
        ConvexPreviewAction action = b.getAction(ConvexPreviewAction.class);
        assertEquals("p/feature/page", action.getIdentity());
        assertTrue(action.getDashboardUrl().endsWith("/d/" + action.getDeploymentName()));
        String page = r.createWebClient().getPage(b).getWebResponse().getContentAsString(); // the summary renders
        assertTrue(page.contains(action.getDeploymentName()), "the page shows the preview");
        assertFalse(page.contains(key), "the page shows no deploy key");
        // What the plugin writes holds no key. (Pipeline's own records do keep the arguments a script passes to
        // steps, here writeFile's text: the reason returning secrets as values is off by default.)
        assertFalse(Files.readString(new File(b.getRootDir(), "build.xml").toPath()).contains(key), "build.xml holds no deploy key");
        r.assertLogNotContains(key, b);
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void withConvexPreviewSetsTheVariablesAndMasksTheDeployKey() throws Exception {
        WorkflowRun b = run(r, "p", "node {\n"
                + "  withConvexPreview(projectId: " + projectId + ", branch: 'feature/key', deployKey: true) {\n"
                + "    writeFile file: 'key.txt', text: env.CONVEX_DEPLOY_KEY\n"
                + "    echo \"preview=${env.CONVEX_PREVIEW_NAME} url=${env.CONVEX_URL} site=${env.CONVEX_SITE_URL}\"\n"
                + "    echo \"key=${env.CONVEX_DEPLOY_KEY}\"\n"
                + "  }\n"
                + "  echo \"after=${env.CONVEX_DEPLOY_KEY}\"\n"
                + "}", Result.SUCCESS);
        String key = r.jenkins.getWorkspaceFor(r.jenkins.getItemByFullName("p", WorkflowJob.class)).child("key.txt").readToString();
        assertFalse(key.isEmpty());
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/key", "p")).orElseThrow().deploymentName();
        r.assertLogContains("preview=" + name + " url=", b);
        r.assertLogContains("key=****", b);
        r.assertLogContains("after=null", b);
        r.assertLogNotContains(key, b);
        r.assertLogNotContains(emulator.defaultToken(), b);
        assertNotInBuildDirectory(b, key);
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void ephemeralPreviewIsDeletedWhenTheBlockEnds() throws Exception {
        WorkflowRun b = run(r, "p", "withConvexPreview(projectId: " + projectId + ", branch: 'feature/e', ephemeral: true) {\n"
                + "  echo \"inside=${env.CONVEX_PREVIEW_NAME}\"\n}", Result.SUCCESS);
        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        String identity = b.getAction(ConvexPreviewAction.class).getIdentity();
        assertTrue(identity.matches("p/feature/e-b1-[a-z0-9]{5}"), identity);
        r.assertLogContains("inside=" + name, b);
        r.assertLogContains("[convex] deleted ephemeral preview " + name, b);
        assertFalse(deploymentExists(emulator, name));
        assertTrue(JenkinsPreviewStore.get().findByDeploymentName(name).isEmpty());
    }

    @Test
    void ephemeralPreviewIsDeletedWhenTheBlockFails() throws Exception {
        WorkflowRun b = run(r, "p", "withConvexPreview(projectId: " + projectId + ", branch: 'feature/f', ephemeral: true) {\n"
                + "  error 'tests failed'\n}", Result.FAILURE);
        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        r.assertLogContains("tests failed", b);
        r.assertLogContains("[convex] deleted ephemeral preview " + name, b);
        assertFalse(deploymentExists(emulator, name));
    }

    @Test
    void aMissingCredentialsIdFailsNamingIt() throws Exception {
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x1', credentialsId: 'nope'",
                Result.FAILURE);
        r.assertLogContains("Convex credentials 'nope' were not found", b);
        assertEquals(0, requestsEndingWith(emulator, "POST", "/deployments/create_cloud"));
    }

    @Test
    void credentialsOfAnotherTypeFailNamingThem() throws Exception {
        com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getCredentials().add(
                new com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl(
                        com.cloudbees.plugins.credentials.CredentialsScope.GLOBAL, "user-pass", null, "u", "secret-password"));
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x2', credentialsId: 'user-pass'",
                Result.FAILURE);
        r.assertLogContains("Convex credentials 'user-pass' are of type", b);
        r.assertLogContains("a Secret text credential (the team token) is required", b);
    }

    @Test
    void credentialsWhoseDomainDoesNotCoverTheApiUrlAreNotUsed() throws Exception {
        com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getDomainCredentialsMap().put(
                new com.cloudbees.plugins.credentials.domains.Domain("elsewhere", "another host only",
                        List.of(new com.cloudbees.plugins.credentials.domains.HostnameSpecification("other.example.com", null))),
                List.of(new org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl(
                        com.cloudbees.plugins.credentials.CredentialsScope.GLOBAL, "elsewhere-token", null,
                        hudson.util.Secret.fromString(emulator.defaultToken()))));
        emulator.clearRequests();
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x4', credentialsId: 'elsewhere-token'",
                Result.FAILURE);
        r.assertLogContains("Convex credentials 'elsewhere-token' were not found", b);
        r.assertLogContains("credentials domain does not cover the Convex API URL", b);
        assertTrue(emulator.requests().isEmpty(), "the token was not sent: " + emulator.requests());
    }

    @Test
    void anInvalidParameterFailsNamingTheParameterBeforeAnyRequest() throws Exception {
        emulator.clearRequests();
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x3', region: 'mars-1'",
                Result.FAILURE);
        r.assertLogContains("region: 'mars-1' is not allowed; allowed:", b);
        assertEquals(0, emulator.requests().size());
    }

    @Test
    void aMissingBranchFailsWithAHint() throws Exception {
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId, Result.FAILURE);
        r.assertLogContains("branch: missing", b);
        r.assertLogContains("BRANCH_NAME", b);
    }

    @Test
    void parallelEphemeralBlocksOfOneBuildEachGetTheirOwnPreviewAndKey() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "par");
        job.setDefinition(new CpsFlowDefinition("parallel a: {\n"
                + "  withConvexPreview(projectId: " + projectId + ", branch: 'feature/par', ephemeral: true, deployKey: true) {\n"
                + "    semaphore 'a'\n"
                + "    echo \"a=${env.CONVEX_PREVIEW_NAME}\"\n"
                + "  }\n"
                + "}, b: {\n"
                + "  withConvexPreview(projectId: " + projectId + ", branch: 'feature/par', ephemeral: true, deployKey: true) {\n"
                + "    semaphore 'b'\n"
                + "    echo \"b=${env.CONVEX_PREVIEW_NAME}\"\n"
                + "  }\n"
                + "}", true));
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("a/1", b);
        SemaphoreStep.waitForStart("b/1", b);
        List<PreviewRecord> both = JenkinsPreviewStore.get().list(projectId);
        assertEquals(2, both.size(), "two blocks, two previews: " + both);
        // The first block to end must not take the second one's preview with it.
        SemaphoreStep.success("a/1", null);
        r.waitForMessage("a=", b);
        String a = both.stream().map(PreviewRecord::deploymentName).filter(n -> logHas(b, "a=" + n)).findFirst().orElseThrow();
        String other = both.stream().map(PreviewRecord::deploymentName).filter(n -> !n.equals(a)).findFirst().orElseThrow();
        r.waitForMessage("[convex] deleted ephemeral preview " + a, b);
        assertTrue(deploymentExists(emulator, other), "the other block's preview is still in use");
        SemaphoreStep.success("b/1", null);
        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        r.assertLogContains("b=" + other, b);
        assertFalse(deploymentExists(emulator, a));
        assertFalse(deploymentExists(emulator, other));
    }

    private static boolean logHas(WorkflowRun b, String text) {
        try {
            return b.getLog().contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
