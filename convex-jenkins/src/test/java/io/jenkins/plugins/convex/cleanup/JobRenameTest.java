package io.jenkins.plugins.convex.cleanup;

import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A renamed job keeps its preview, and deleting it under its new name still deletes the preview. */
@WithJenkins
class JobRenameTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void aRenamedJobsPreviewIsDeletedWithTheJob() throws Exception {
        long projectId = createProject(emulator, "shop");
        WorkflowJob p = r.createProject(WorkflowJob.class, "before");
        p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'feature/rename')", true));
        String preview = r.buildAndAssertSuccess(p).getAction(ConvexPreviewAction.class).getDeploymentName();

        p.renameTo("after");
        assertEquals("after", JenkinsPreviewStore.get().findByDeploymentName(preview).orElseThrow().creator());

        p.delete();
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);
        assertFalse(deploymentExists(emulator, preview));
    }
}
