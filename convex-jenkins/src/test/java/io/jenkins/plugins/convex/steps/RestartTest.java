package io.jenkins.plugins.convex.steps;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static io.jenkins.plugins.convex.ConvexTestSupport.requestsEndingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** The preview mapping and an ephemeral preview's deletion survive a controller restart. */
class RestartTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    /** Outlives the controller's restarts, as the real service would. */
    private static ConvexEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = ConvexTestSupport.startEmulator();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void theBranchsPreviewIsReusedAfterARestart() throws Throwable {
        long projectId = createProject(emulator, "restart-reuse");
        String script = "echo \"name=${convexCreatePreview(projectId: " + projectId + ", branch: 'feature/keep').name}\"";
        String[] name = new String[1];
        sessions.then(r -> {
            ConvexTestSupport.configure(emulator);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(script, true));
            WorkflowRun b = r.buildAndAssertSuccess(p);
            name[0] = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        });
        sessions.then(r -> {
            assertEquals(name[0], JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/keep", "p"))
                    .orElseThrow().deploymentName());
            WorkflowRun b = r.buildAndAssertSuccess(r.jenkins.getItemByFullName("p", WorkflowJob.class));
            r.assertLogContains("[convex] reused preview " + name[0], b);
            assertEquals(1, requestsEndingWith(emulator, "POST", "/projects/" + projectId + "/deployments/create_cloud"));
        });
    }

    @Test
    void anEphemeralPreviewIsDeletedWhenItsBlockEndsAfterARestart() throws Throwable {
        long projectId = createProject(emulator, "restart-ephemeral");
        String[] name = new String[1];
        sessions.then(r -> {
            ConvexTestSupport.configure(emulator);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(
                    "withConvexPreview(projectId: " + projectId + ", branch: 'feature/tmp', ephemeral: true) {\n"
                            + "  semaphore 'wait'\n}", true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            SemaphoreStep.waitForStart("wait/1", b);
            name[0] = b.getAction(ConvexPreviewAction.class).getDeploymentName();
            assertTrue(deploymentExists(emulator, name[0]));
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            SemaphoreStep.success("wait/1", null);
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            r.assertLogContains("[convex] deleted ephemeral preview " + name[0], b);
            assertFalse(deploymentExists(emulator, name[0]));
            assertTrue(JenkinsPreviewStore.get().findByDeploymentName(name[0]).isEmpty());
        });
    }

    @Test
    void aBlocksDeployKeyStaysMaskedAfterARestartAndIsNeverSavedInTheClear() throws Throwable {
        long projectId = createProject(emulator, "restart-key");
        String[] key = new String[1];
        sessions.then(r -> {
            ConvexTestSupport.configure(emulator);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("node {\n"
                    + "  withConvexPreview(projectId: " + projectId + ", branch: 'feature/key', deployKey: true) {\n"
                    + "    writeFile file: 'key.txt', text: env.CONVEX_DEPLOY_KEY\n"
                    + "    semaphore 'wait'\n"
                    + "    echo \"after restart: ${env.CONVEX_DEPLOY_KEY}\"\n"
                    + "  }\n"
                    + "}", true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            SemaphoreStep.waitForStart("wait/1", b);
            key[0] = r.jenkins.getWorkspaceFor(p).child("key.txt").readToString();
            assertTrue(key[0].length() > 10, "the block got a key");
            // Paused inside the block: the saved program exists now, and must not hold the key.
            assertTrue(new java.io.File(b.getRootDir(), "program.dat").isFile(), "program.dat is written while the build waits");
            assertNotInBuildDirectory(b, key[0]);
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            assertNotInBuildDirectory(b, key[0]);
            SemaphoreStep.success("wait/1", null);
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            r.assertLogContains("after restart: ****", b);
            r.assertLogNotContains(key[0], b);
            assertNotInBuildDirectory(b, key[0]);
        });
    }
}
