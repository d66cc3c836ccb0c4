package io.jenkins.plugins.convex.freestyle;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hudson.Functions;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.Shell;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The "Convex preview deployment" wrapper and the "Delete Convex deployment" builder in freestyle jobs. */
@WithJenkins
class FreestyleTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "app");
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void theWrapperGivesTheBuildStepsThePreviewAndAMaskedKey() throws Exception {
        assumeFalse(Functions.isWindows());
        FreeStyleProject p = r.createFreeStyleProject("web");
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("${TARGET}");
        wrapper.setDeployKey(true);
        p.getBuildWrappersList().add(wrapper);
        p.addProperty(new hudson.model.ParametersDefinitionProperty(new hudson.model.StringParameterDefinition("TARGET", "origin/feature/login")));
        p.getBuildersList().add(new Shell("printf %s \"$CONVEX_DEPLOY_KEY\" > key.txt\necho \"preview=$CONVEX_PREVIEW_NAME key=$CONVEX_DEPLOY_KEY\""));

        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        String key = p.getSomeWorkspace().child("key.txt").readToString();
        assertFalse(key.isEmpty());
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login", "web")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] created preview " + name + " for origin/feature/login", b);
        r.assertLogContains("preview=" + name + " key=****", b);
        r.assertLogNotContains(key, b);
        assertNotInBuildDirectory(b, key);
        assertNotInBuildDirectory(b, emulator.defaultToken());
        assertEquals(name, b.getAction(ConvexPreviewAction.class).getDeploymentName());
    }

    @Test
    void withoutGitTheDefaultBranchFailsWithAClearMessage() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        p.getBuildWrappersList().add(new ConvexPreviewBuildWrapper(projectId));
        FreeStyleBuild b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("branch: '${GIT_BRANCH}' is not allowed", b);
    }

    @Test
    void anEphemeralPreviewIsDeletedWhenTheBuildEndsEvenWhenItFails() throws Exception {
        assumeFalse(Functions.isWindows());
        FreeStyleProject p = r.createFreeStyleProject();
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("feature/tmp");
        wrapper.setEphemeral(true);
        p.getBuildWrappersList().add(wrapper);
        p.getBuildersList().add(new Shell("exit 1"));

        FreeStyleBuild b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));

        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        r.assertLogContains("[convex] deleted ephemeral preview " + name, b);
        assertFalse(deploymentExists(emulator, name));
    }

    @Test
    void theDeleteBuilderDeletesThePreviewOfTheWrapper() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("feature/done");
        p.getBuildWrappersList().add(wrapper);
        p.getBuildersList().add(new DeleteConvexDeploymentBuilder("${CONVEX_PREVIEW_NAME}"));

        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        r.assertLogContains("[convex] deleted preview deployment " + name, b);
        assertFalse(deploymentExists(emulator, name));
        assertTrue(JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/done", p.getFullName())).isEmpty());
    }

    @Test
    void theWrapperAndTheBuilderRoundTripThroughTheJobForm() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setCredentialsId(ConvexTestSupport.CREDENTIALS_ID);
        wrapper.setDeployKey(true);
        wrapper.setEphemeral(true);
        wrapper.setDeploymentClass("s16");
        p.getBuildWrappersList().add(wrapper);
        DeleteConvexDeploymentBuilder builder = new DeleteConvexDeploymentBuilder("${CONVEX_PREVIEW_NAME}");
        builder.setIgnoreMissing(false);
        p.getBuildersList().add(builder);

        r.configRoundtrip(p);

        r.assertEqualDataBoundBeans(wrapper, p.getBuildWrappersList().get(ConvexPreviewBuildWrapper.class));
        r.assertEqualDataBoundBeans(builder, p.getBuildersList().get(DeleteConvexDeploymentBuilder.class));
        assertEquals("${GIT_BRANCH}", p.getBuildWrappersList().get(ConvexPreviewBuildWrapper.class).getBranch());
    }

    @Test
    void theWrapperRefusesPipelineWrapBeforeMakingAnythingAndPointsToTheStep() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "wrapped");
        job.setDefinition(new CpsFlowDefinition("wrap([$class: 'ConvexPreviewBuildWrapper', projectId: " + projectId
                + ", branch: 'feature/wrap', deployKey: true]) {\n  echo 'inside'\n}", true));
        emulator.clearRequests();

        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        r.assertLogContains("in a Pipeline use withConvexPreview(projectId: ...)", b);
        r.assertLogNotContains("inside", b);
        assertTrue(emulator.requests().isEmpty(), "refused before any request: " + emulator.requests());
        assertTrue(JenkinsPreviewStore.get().listAll().isEmpty());
    }

    @Test
    void theBuildersSymbolsInAPipelinePointToTheirPipelineSteps() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "symbols");
        job.setDefinition(new CpsFlowDefinition("convexDeleteDeploymentBuilder deploymentName: 'happy-otter-123'", true));
        emulator.clearRequests();
        WorkflowRun delete = r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));
        r.assertLogContains("\"Delete Convex deployment\" is for freestyle jobs; in a Pipeline use convexDeleteDeployment(deploymentName: ...)", delete);

        job.setDefinition(new CpsFlowDefinition("convexCleanupPreviewsBuilder keepBranches: 'main'", true));
        WorkflowRun sweep = r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));
        r.assertLogContains("in a Pipeline use convexCleanupPreviews(...)", sweep);
        assertTrue(emulator.requests().isEmpty(), "refused before any request: " + emulator.requests());
    }
}
