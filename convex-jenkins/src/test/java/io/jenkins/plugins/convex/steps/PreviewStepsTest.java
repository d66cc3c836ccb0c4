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
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
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

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void startEmulator(JenkinsRule r) throws Exception {
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
    void createPreviewReturnsASandboxSafeMapAndLogsOneLine(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "def p = convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'\n"
                + "echo \"name=${p.name} url=${p.url} created=${p.created} identity=${p.identity} key=${p.containsKey('deployKey')}\"",
                Result.SUCCESS);
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] created preview " + name + " for feature/login", b);
        r.assertLogContains("name=" + name + " url=", b);
        r.assertLogContains("created=true identity=feature/login key=false", b);
        assertTrue(deploymentExists(emulator, name));
    }

    @Test
    void secondBuildOfTheSameBranchReusesThePreview(JenkinsRule r) throws Exception {
        String script = "echo \"name=${convexCreatePreview(projectId: " + projectId + ", branch: 'feature/login').name}\"";
        WorkflowRun first = run(r, "p", script, Result.SUCCESS);
        WorkflowRun second = run(r, "p", script, Result.SUCCESS);
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] created preview " + name, first);
        r.assertLogContains("[convex] reused preview " + name + " for feature/login", second);
        assertEquals(1, requestsEndingWith(emulator, "POST", "/deployments/create_cloud"));
    }

    @Test
    void pullRequestBuildsUseThePullRequestNumber(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "withEnv(['CHANGE_ID=12', 'BRANCH_NAME=PR-12']) {\n"
                + "  echo \"identity=${convexCreatePreview(projectId: " + projectId + ").identity}\"\n}", Result.SUCCESS);
        r.assertLogContains("identity=pr-12", b);
    }

    @Test
    void theRecordNamesTheCreatingJobAndCredentials(JenkinsRule r) throws Exception {
        run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'main-line'", Result.SUCCESS);
        PreviewRecord record = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("main-line")).orElseThrow();
        assertEquals("p", record.creator());
        assertEquals("p", record.attributes().get(PreviewAttributes.JOB));
        assertEquals("p#1", record.attributes().get(PreviewAttributes.BUILD));
        assertEquals(ConvexTestSupport.CREDENTIALS_ID, record.attributes().get(PreviewAttributes.CREDENTIALS_ID));
    }

    @Test
    void theBuildPageShowsThePreviewWithoutAnySecret(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'feature/page', deployKey: true",
                Result.SUCCESS);
        ConvexPreviewAction action = b.getAction(ConvexPreviewAction.class);
        assertEquals("feature/page", action.getIdentity());
        assertTrue(action.getDashboardUrl().endsWith("/d/" + action.getDeploymentName()));
        r.createWebClient().getPage(b); // the summary renders
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void withConvexPreviewSetsTheVariablesAndMasksTheDeployKey(JenkinsRule r) throws Exception {
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
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/key")).orElseThrow().deploymentName();
        r.assertLogContains("preview=" + name + " url=", b);
        r.assertLogContains("key=****", b);
        r.assertLogContains("after=null", b);
        r.assertLogNotContains(key, b);
        r.assertLogNotContains(emulator.defaultToken(), b);
        assertNotInBuildDirectory(b, key);
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void ephemeralPreviewIsDeletedWhenTheBlockEnds(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "withConvexPreview(projectId: " + projectId + ", branch: 'feature/e', ephemeral: true) {\n"
                + "  echo \"inside=${env.CONVEX_PREVIEW_NAME}\"\n}", Result.SUCCESS);
        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        assertEquals("feature/e-b1", b.getAction(ConvexPreviewAction.class).getIdentity());
        r.assertLogContains("inside=" + name, b);
        r.assertLogContains("[convex] deleted ephemeral preview " + name, b);
        assertFalse(deploymentExists(emulator, name));
        assertTrue(JenkinsPreviewStore.get().findByDeploymentName(name).isEmpty());
    }

    @Test
    void ephemeralPreviewIsDeletedWhenTheBlockFails(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "withConvexPreview(projectId: " + projectId + ", branch: 'feature/f', ephemeral: true) {\n"
                + "  error 'tests failed'\n}", Result.FAILURE);
        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        r.assertLogContains("tests failed", b);
        r.assertLogContains("[convex] deleted ephemeral preview " + name, b);
        assertFalse(deploymentExists(emulator, name));
    }

    @Test
    void aMissingCredentialsIdFailsNamingIt(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x1', credentialsId: 'nope'",
                Result.FAILURE);
        r.assertLogContains("Convex credentials 'nope' were not found", b);
        assertEquals(0, requestsEndingWith(emulator, "POST", "/deployments/create_cloud"));
    }

    @Test
    void credentialsOfAnotherTypeFailNamingThem(JenkinsRule r) throws Exception {
        com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getCredentials().add(
                new com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl(
                        com.cloudbees.plugins.credentials.CredentialsScope.GLOBAL, "user-pass", null, "u", "secret-password"));
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x2', credentialsId: 'user-pass'",
                Result.FAILURE);
        r.assertLogContains("Convex credentials 'user-pass' are of type", b);
        r.assertLogContains("a Secret text credential (the team token) is required", b);
    }

    @Test
    void anInvalidParameterFailsNamingTheParameterBeforeAnyRequest(JenkinsRule r) throws Exception {
        emulator.clearRequests();
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId + ", branch: 'x3', region: 'mars-1'",
                Result.FAILURE);
        r.assertLogContains("region: 'mars-1' is not allowed; allowed:", b);
        assertEquals(0, emulator.requests().size());
    }

    @Test
    void aMissingBranchFailsWithAHint(JenkinsRule r) throws Exception {
        WorkflowRun b = run(r, "p", "convexCreatePreview projectId: " + projectId, Result.FAILURE);
        r.assertLogContains("branch: missing", b);
        r.assertLogContains("BRANCH_NAME", b);
    }
}
