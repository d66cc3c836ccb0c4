package io.jenkins.plugins.convex.cleanup;

import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.hudson.plugins.folder.computed.DefaultOrphanedItemStrategy;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.util.Secret;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import jenkins.branch.BranchSource;
import jenkins.scm.impl.mock.MockSCMController;
import jenkins.scm.impl.mock.MockSCMDiscoverBranches;
import jenkins.scm.impl.mock.MockSCMDiscoverChangeRequests;
import jenkins.scm.impl.mock.MockSCMSource;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A branch deleted or a pull request closed, then branch indexing: the job goes and its preview with
 * it, on the emulator; nothing else is deleted.
 */
@WithJenkins
class BranchCleanupTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private ConvexEmulator emulator;
    private MockSCMController scm;
    private long projectId;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "shop");
        scm = MockSCMController.create();
        scm.createRepository("repo");
        scm.createBranch("repo", "feature");
        jenkinsfile("master");
        jenkinsfile("feature");
    }

    @AfterEach
    void tearDown() {
        scm.close();
        emulator.close();
    }

    private void jenkinsfile(String branch) throws Exception {
        scm.addFile("repo", branch, "Jenkinsfile", "Jenkinsfile",
                ("convexCreatePreview(projectId: " + projectId + ")").getBytes(StandardCharsets.UTF_8));
    }

    private WorkflowMultiBranchProject multibranch(JenkinsRule r, String name) throws Exception {
        WorkflowMultiBranchProject mp = r.jenkins.createProject(WorkflowMultiBranchProject.class, name);
        mp.getSourcesList().add(new BranchSource(new MockSCMSource(scm, "repo",
                new MockSCMDiscoverBranches(), new MockSCMDiscoverChangeRequests())));
        index(r, mp);
        return mp;
    }

    private static void index(JenkinsRule r, WorkflowMultiBranchProject mp) throws Exception {
        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();
    }

    /** Waits for the background deletions queued so far (one worker, in order). */
    private static void awaitCleanup() throws Exception {
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);
    }

    private static String previewOf(String job) {
        List<PreviewRecord> records = JenkinsPreviewStore.get().listByCreator(job);
        assertEquals(1, records.size(), "previews of " + job + ": " + records);
        return records.get(0).deploymentName();
    }

    @Test
    void deletingABranchThenIndexingDeletesItsPreviewAndOnlyThat() throws Exception {
        multibranch(r, "shop");
        String feature = previewOf("shop/feature");
        String master = previewOf("shop/master");

        scm.deleteBranch("repo", "feature");
        index(r, r.jenkins.getItemByFullName("shop", WorkflowMultiBranchProject.class));
        awaitCleanup();

        assertNull(r.jenkins.getItemByFullName("shop/feature"));
        assertFalse(deploymentExists(emulator, feature));
        assertTrue(deploymentExists(emulator, master));
        assertTrue(JenkinsPreviewStore.get().listByCreator("shop/feature").isEmpty());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty());
    }

    @Test
    void closingAPullRequestThenIndexingDeletesItsPreview() throws Exception {
        Integer pr = scm.openChangeRequest("repo", "master");
        WorkflowMultiBranchProject mp = multibranch(r, "shop");
        String prPreview = previewOf("shop/CR-" + pr);
        assertEquals("shop/pr-" + pr, JenkinsPreviewStore.get().findByDeploymentName(prPreview).orElseThrow().identity().value());

        scm.closeChangeRequest("repo", pr);
        index(r, mp);
        awaitCleanup();

        assertFalse(deploymentExists(emulator, prPreview));
        assertTrue(deploymentExists(emulator, previewOf("shop/master")));
        assertTrue(deploymentExists(emulator, previewOf("shop/feature")));
    }

    @Test
    void deletingTheWholeMultibranchProjectDeletesEveryPreviewOfItsJobsButNotAnotherProjects() throws Exception {
        WorkflowMultiBranchProject shop = multibranch(r, "shop");
        multibranch(r, "other");
        String feature = previewOf("shop/feature");
        String master = previewOf("shop/master");
        String otherMaster = previewOf("other/master");
        String otherFeature = previewOf("other/feature");

        shop.delete();
        awaitCleanup();

        assertFalse(deploymentExists(emulator, feature));
        assertFalse(deploymentExists(emulator, master));
        assertTrue(deploymentExists(emulator, otherMaster));
        assertTrue(deploymentExists(emulator, otherFeature));
        assertEquals(java.util.Set.of(otherMaster, otherFeature),
                JenkinsPreviewStore.get().listAll().stream().map(PreviewRecord::deploymentName).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aDeadBranchKeptByTheOrphanedItemStrategyKeepsItsPreviewByDefault() throws Exception {
        WorkflowMultiBranchProject mp = multibranch(r, "shop");
        mp.setOrphanedItemStrategy(new DefaultOrphanedItemStrategy(false, "", ""));
        String feature = previewOf("shop/feature");

        scm.deleteBranch("repo", "feature");
        index(r, mp);
        PreviewCleanupWork.queueDeadBranches();
        awaitCleanup();

        assertTrue(r.jenkins.getItemByFullName("shop/feature") != null, "the strategy keeps the dead job");
        assertTrue(deploymentExists(emulator, feature));
    }

    @Test
    void withTheGlobalOptionADeadBranchsPreviewGoesWhileItsJobIsKept() throws Exception {
        ConvexGlobalConfiguration.get().setDeleteWhenBranchGone(true);
        WorkflowMultiBranchProject mp = multibranch(r, "shop");
        mp.setOrphanedItemStrategy(new DefaultOrphanedItemStrategy(false, "", ""));
        String feature = previewOf("shop/feature");
        String master = previewOf("shop/master");

        scm.deleteBranch("repo", "feature");
        index(r, mp);
        PreviewCleanupWork.queueDeadBranches();
        awaitCleanup();

        assertTrue(r.jenkins.getItemByFullName("shop/feature") != null, "the strategy keeps the dead job");
        assertFalse(deploymentExists(emulator, feature));
        assertTrue(deploymentExists(emulator, master));
    }

    @Test
    void twoProjectsShareABranchsPreviewOnlyThroughAnExplicitNamespaceAndItGoesWithTheLastOfThem() throws Exception {
        for (String branch : List.of("master", "feature")) {
            scm.addFile("repo", branch, "Jenkinsfile", "Jenkinsfile",
                    ("convexCreatePreview(projectId: " + projectId + ", namespace: 'shared')").getBytes(StandardCharsets.UTF_8));
        }
        WorkflowMultiBranchProject shop = multibranch(r, "shop");
        WorkflowMultiBranchProject other = multibranch(r, "other");
        String master = previewOf("shop/master");
        assertEquals("shared/master", JenkinsPreviewStore.get().findByDeploymentName(master).orElseThrow().identity().value());
        assertEquals(2, JenkinsPreviewStore.get().listAll().size(), "one preview per branch, shared by both projects");

        shop.delete();
        awaitCleanup();
        assertTrue(deploymentExists(emulator, master), "the other project still uses it");
        assertEquals(master, previewOf("other/master"), "the record passed to the remaining user");

        other.delete();
        awaitCleanup();
        assertFalse(deploymentExists(emulator, master));
        assertTrue(JenkinsPreviewStore.get().listAll().isEmpty());
    }

    @Test
    void credentialsStoredOnlyOnTheDeletedMultibranchProjectStillDeleteItsPreviews() throws Exception {
        WorkflowMultiBranchProject mp = r.jenkins.createProject(WorkflowMultiBranchProject.class, "shop");
        CredentialsStore onTheProject = StreamSupport.stream(CredentialsProvider.lookupStores(mp).spliterator(), false)
                .filter(store -> store.getContext() == mp).findFirst().orElseThrow();
        onTheProject.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.GLOBAL, "shop-token", "shop's team token",
                Secret.fromString(emulator.defaultToken())));
        for (String branch : List.of("master", "feature")) {
            scm.addFile("repo", branch, "Jenkinsfile", "Jenkinsfile",
                    ("convexCreatePreview(projectId: " + projectId + ", credentialsId: 'shop-token')").getBytes(StandardCharsets.UTF_8));
        }
        mp.getSourcesList().add(new BranchSource(new MockSCMSource(scm, "repo", new MockSCMDiscoverBranches())));
        index(r, mp);
        String master = previewOf("shop/master");
        String feature = previewOf("shop/feature");
        // No fallback: only the project's own credentials, gone with it, can delete its previews.
        ConvexGlobalConfiguration.get().setCredentialsId(null);

        mp.delete();
        awaitCleanup();

        assertFalse(deploymentExists(emulator, master));
        assertFalse(deploymentExists(emulator, feature));
        assertTrue(PreviewCleanup.get().queue().list().isEmpty(), PreviewCleanup.get().queue().list().toString());
        assertFalse(Files.readString(PreviewCleanup.get().queue().file()).contains(emulator.defaultToken()), "sealed, never in the clear");
    }
}
