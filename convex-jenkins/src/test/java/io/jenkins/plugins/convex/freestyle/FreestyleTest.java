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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The "Convex preview deployment" wrapper and the "Delete Convex deployment" builder in freestyle jobs. */
@WithJenkins
class FreestyleTest {

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "app");
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void theWrapperGivesTheBuildStepsThePreviewAndAMaskedKey(JenkinsRule r) throws Exception {
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
        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] created preview " + name + " for origin/feature/login", b);
        r.assertLogContains("preview=" + name + " key=****", b);
        r.assertLogNotContains(key, b);
        assertNotInBuildDirectory(b, key);
        assertNotInBuildDirectory(b, emulator.defaultToken());
        assertEquals(name, b.getAction(ConvexPreviewAction.class).getDeploymentName());
    }

    @Test
    void withoutGitTheDefaultBranchFailsWithAClearMessage(JenkinsRule r) throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        p.getBuildWrappersList().add(new ConvexPreviewBuildWrapper(projectId));
        FreeStyleBuild b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("branch: '${GIT_BRANCH}' is not allowed", b);
    }

    @Test
    void anEphemeralPreviewIsDeletedWhenTheBuildEndsEvenWhenItFails(JenkinsRule r) throws Exception {
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
    void theDeleteBuilderDeletesThePreviewOfTheWrapper(JenkinsRule r) throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("feature/done");
        p.getBuildWrappersList().add(wrapper);
        p.getBuildersList().add(new DeleteConvexDeploymentBuilder("${CONVEX_PREVIEW_NAME}"));

        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        String name = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        r.assertLogContains("[convex] deleted preview deployment " + name, b);
        assertFalse(deploymentExists(emulator, name));
        assertTrue(JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/done")).isEmpty());
    }

    @Test
    void theWrapperAndTheBuilderRoundTripThroughTheJobForm(JenkinsRule r) throws Exception {
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
}
