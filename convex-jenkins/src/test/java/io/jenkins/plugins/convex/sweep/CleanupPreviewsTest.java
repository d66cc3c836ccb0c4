package io.jenkins.plugins.convex.sweep;

import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** convexCleanupPreviews and the "Clean up Convex previews" build step over the Jenkins store's previews. */
@WithJenkins
class CleanupPreviewsTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private long projectId;
    private String main;
    private String feature;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "shop");
        WorkflowJob creator = r.createProject(WorkflowJob.class, "creator");
        creator.setDefinition(new CpsFlowDefinition(
                "convexCreatePreview(projectId: " + projectId + ", branch: 'main')\n"
                        + "convexCreatePreview(projectId: " + projectId + ", branch: 'feature/old')", true));
        r.buildAndAssertSuccess(creator);
        main = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("main", "creator")).orElseThrow().deploymentName();
        feature = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/old", "creator")).orElseThrow().deploymentName();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private WorkflowRun pipeline(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    @Test
    void theStepDeletesAllButTheKeptBranchesWithALinePerDeletionAndASummary() throws Exception {
        WorkflowRun b = pipeline(r, "def s = convexCleanupPreviews projectId: " + projectId + ", keepBranches: ['main']\n"
                + "echo \"deleted=${s.deleted.collect { it.name }} kept=${s.kept.collect { it.name }}\"", Result.SUCCESS);
        r.assertLogContains("[convex] [1/1] deleted preview creator/feature/old (" + feature + ")", b);
        r.assertLogContains("[convex] swept project " + projectId + ": 1 deleted, 0 failed, 1 kept", b);
        r.assertLogContains("deleted=[" + feature + "] kept=[" + main + "]", b);
        assertFalse(deploymentExists(emulator, feature));
        assertTrue(deploymentExists(emulator, main));
    }

    @Test
    void aDryRunDeletesNothing() throws Exception {
        WorkflowRun b = pipeline(r, "convexCleanupPreviews keepBranches: ['main'], dryRun: true", Result.SUCCESS);
        r.assertLogContains("would delete preview creator/feature/old (" + feature + ")", b);
        assertTrue(deploymentExists(emulator, feature));
    }

    @Test
    void aSweepWithNeitherKeepBranchesNorOlderThanIsRefusedBeforeAnyRequest() throws Exception {
        emulator.clearRequests();
        WorkflowRun b = pipeline(r, "convexCleanupPreviews projectId: " + projectId, Result.FAILURE);
        r.assertLogContains("convexCleanupPreviews: keepBranches: missing", b);
        assertTrue(emulator.requests().isEmpty());
        assertTrue(deploymentExists(emulator, feature));
    }

    @Test
    void aBadOlderThanNamesTheParameter() throws Exception {
        WorkflowRun b = pipeline(r, "convexCleanupPreviews olderThan: 'a week'", Result.FAILURE);
        r.assertLogContains("olderThan: 'a week' is not allowed", b);
    }

    @Test
    void theFreestyleBuildStepKeepsTheBranchesListedOnePerLine() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject("sweeper");
        CleanupPreviewsBuilder step = new CleanupPreviewsBuilder();
        step.setProjectId(projectId);
        step.setKeepBranches("main\nrelease");
        p.getBuildersList().add(step);
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        r.assertLogContains("[convex] swept project " + projectId + ": 1 deleted, 0 failed, 1 kept", b);
        assertFalse(deploymentExists(emulator, feature));
        assertTrue(deploymentExists(emulator, main));
    }

    @Test
    void theFreestyleBuildStepRoundTripsItsConfiguration() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject("sweeper");
        CleanupPreviewsBuilder step = new CleanupPreviewsBuilder();
        step.setProjectId(projectId);
        step.setKeepBranches("main");
        step.setOlderThan("7d");
        step.setDryRun(true);
        step.setCredentialsId(ConvexTestSupport.CREDENTIALS_ID);
        p.getBuildersList().add(step);
        r.configRoundtrip(p);
        r.assertEqualDataBoundBeans(step, p.getBuildersList().get(CleanupPreviewsBuilder.class));
        assertEquals("7d", p.getBuildersList().get(CleanupPreviewsBuilder.class).getOlderThan());
    }

    @Test
    void aBuildSweepsAndDeletesOnlyThePreviewsOfJobsItsAuthenticationCanRead() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        WorkflowJob intruder = r.createProject(WorkflowJob.class, "intruder");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("dev")
                .grant(Item.READ, Item.BUILD, CredentialsProvider.USE_ITEM).onItems(intruder).to("dev"));
        QueueItemAuthenticatorConfiguration.get().getAuthenticators()
                .add(new MockQueueItemAuthenticator().authenticate("intruder", User.getById("dev", true).impersonate2()));
        intruder.setDefinition(new CpsFlowDefinition("convexCleanupPreviews keepBranches: ['nothing']\n"
                + "convexDeleteDeployment deploymentName: '" + main + "'", true));

        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, intruder.scheduleBuild2(0));

        r.assertLogContains("[convex] swept every project: 0 deleted, 0 failed, 0 kept", b);
        r.assertLogContains("deployment " + main + " is the preview of job creator, which this build may not see", b);
        assertTrue(deploymentExists(emulator, main));
        assertTrue(deploymentExists(emulator, feature));
    }
}
