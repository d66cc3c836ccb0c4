package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.EmulatorFixture;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import io.jenkins.plugins.convex.preview.store.MutableClock;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pending deletions of a deleted job, worked against the emulator over HTTP. */
class PendingDeletionProcessorTest {

    static final String CREDENTIALS = "jenkins.credentialsId";
    static final String JOB = "shop/feature%2Flogin";

    @TempDir
    Path dir;

    final EmulatorFixture emu = new EmulatorFixture();
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    /** Credentials Jenkins would find: by id and folder. */
    final Map<CredentialsChoice, ConvexClient> credentials = new HashMap<>();

    @AfterEach
    void stop() {
        emu.close();
    }

    PreviewStore store() {
        return new FilePreviewStore(dir.resolve("previews.json"));
    }

    PendingDeletionQueue queue() {
        return new PendingDeletionQueue(dir.resolve("pending.json"));
    }

    PendingDeletionProcessor processor() {
        return new PendingDeletionProcessor(queue(), store(), c -> Optional.ofNullable(credentials.get(c)),
                RetrySchedule.defaults(), clock);
    }

    PreviewResult createPreview(String job, String branch, String credentialsId) {
        return PreviewLifecycle.builder(emu.client, store()).build().createOrReuse(
                CreatePreviewRequest.builder(emu.projectId, PreviewIdentity.ofBranch(branch))
                        .creator(job).attribute(CREDENTIALS, credentialsId).build());
    }

    /** What the plugin does when the job is deleted. */
    void jobDeleted(String job) {
        List<PreviewRecord> owned = PreviewOwnership.ownedBy(store().listAll(), job, "jenkins.users");
        queue().enqueueAll(PreviewOwnership.deletionsFor(owned, CREDENTIALS, BranchJobState.JOB_DELETED.reason(), clock.instant()));
    }

    boolean exists(String deployment) {
        try {
            emu.client.getDeployment(deployment);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    void failDeletes() {
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"/deployments/[^/]+/delete$\",\"status\":500,\"times\":1000}");
    }

    @Test
    void theDeletedJobsPreviewIsDeletedWithTheCredentialsItWasCreatedWith() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        PreviewResult login = createPreview(JOB, "feature/login", "convex-token");
        jobDeleted(JOB);

        List<DeletionAttempt> attempts = processor().processDue(null);

        assertEquals(DeletionAttempt.Outcome.DELETED, attempts.get(0).outcome());
        assertEquals("with credentials 'convex-token' in folder shop", attempts.get(0).detail());
        assertFalse(exists(login.name()));
        assertTrue(store().listAll().isEmpty());
        assertTrue(queue().list().isEmpty());
    }

    @Test
    void nothingButTheDeletedJobsPreviewsIsDeleted() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        PreviewResult login = createPreview(JOB, "feature/login", "convex-token");
        PreviewResult other = createPreview("shop/main", "main", "convex-token");
        Deployment prod = emu.client.createCloudDeployment(emu.projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null));
        jobDeleted(JOB);

        processor().processDue(null);

        assertFalse(exists(login.name()));
        assertTrue(exists(other.name()));
        assertTrue(exists(prod.name()));
        assertEquals(List.of(other.name()), store().listAll().stream().map(PreviewRecord::deploymentName).toList());
    }

    @Test
    void whileTheApiFailsTheDeletionStaysQueuedAndIsRetriedAfterTheBackoffEvenAfterARestart() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        PreviewResult login = createPreview(JOB, "feature/login", "convex-token");
        jobDeleted(JOB);
        failDeletes();

        DeletionAttempt failed = processor().processDue(null).get(0);
        assertEquals(DeletionAttempt.Outcome.FAILED, failed.outcome());
        PendingDeletion waiting = queue().find(login.name()).orElseThrow();
        assertEquals(1, waiting.attempts());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());
        assertTrue(exists(login.name()));
        assertTrue(processor().processDue(null).isEmpty(), "not retried before its time");

        emu.emulator.clearFaults();
        clock.advance(Duration.ofMinutes(1));
        // A new queue, store and processor on the same files: what a controller restart leaves.
        DeletionAttempt retried = processor().processDue(null).get(0);

        assertEquals(DeletionAttempt.Outcome.DELETED, retried.outcome());
        assertFalse(exists(login.name()));
        assertTrue(queue().list().isEmpty());
    }

    @Test
    void repeatedFailuresNeedAttentionAndNameTheError() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        PreviewResult login = createPreview(JOB, "feature/login", "convex-token");
        jobDeleted(JOB);
        failDeletes();
        for (int i = 0; i < RetrySchedule.FAILURES_BEFORE_ALERT; i++) {
            processor().processDue(null);
            clock.advance(Duration.ofHours(1));
        }
        PendingDeletion d = queue().find(login.name()).orElseThrow();
        assertTrue(d.needsAttention());
        assertTrue(d.lastError().contains("500"), d.lastError());
    }

    @Test
    void whenThePreviewsCredentialsAreGoneTheGlobalDefaultIsUsed() {
        credentials.put(new CredentialsChoice("global-token", ""), emu.client);
        PreviewResult login = createPreview(JOB, "feature/login", "folder-token");
        jobDeleted(JOB);

        DeletionAttempt a = processor().processDue("global-token").get(0);

        assertEquals(DeletionAttempt.Outcome.DELETED, a.outcome());
        assertEquals("with credentials 'global-token' at the root", a.detail());
        assertFalse(exists(login.name()));
    }

    @Test
    void withoutAnyCredentialsTheDeletionWaitsAndIsShown() {
        PreviewResult login = createPreview(JOB, "feature/login", "folder-token");
        jobDeleted(JOB);
        emu.emulator.clearRequests();

        DeletionAttempt a = processor().processDue(null).get(0);

        assertEquals(DeletionAttempt.Outcome.WAITING_FOR_CREDENTIALS, a.outcome());
        PendingDeletion d = queue().find(login.name()).orElseThrow();
        assertEquals(PendingDeletion.State.WAITING_FOR_CREDENTIALS, d.state());
        assertTrue(d.needsAttention());
        assertTrue(d.lastError().contains("'folder-token' in folder shop"), d.lastError());
        assertTrue(emu.emulator.requests().isEmpty(), "no request without credentials");
        assertTrue(exists(login.name()));

        credentials.put(new CredentialsChoice("folder-token", "shop"), emu.client);
        clock.advance(RetrySchedule.defaults().credentialsRecheck());
        assertEquals(DeletionAttempt.Outcome.DELETED, processor().processDue(null).get(0).outcome());
    }

    @Test
    void aDeploymentThatIsNotAPreviewIsNeverDeletedByCleanup() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        Deployment prod = emu.client.createCloudDeployment(emu.projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null));
        queue().enqueueAll(List.of(new PendingDeletion(prod.name(), emu.projectId, "feature-login", "feature/login", JOB,
                "shop", "convex-token", "job deleted", clock.instant(), 0, null, null, null)));

        DeletionAttempt a = processor().processDue(null).get(0);

        assertEquals(DeletionAttempt.Outcome.REFUSED_NOT_A_PREVIEW, a.outcome());
        assertTrue(exists(prod.name()));
        assertTrue(queue().list().isEmpty());
    }

    @Test
    void aPreviewAlreadyGoneOnTheServerCountsAsDone() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        PreviewResult login = createPreview(JOB, "feature/login", "convex-token");
        emu.client.deleteDeployment(login.name());
        jobDeleted(JOB);

        assertEquals(DeletionAttempt.Outcome.ALREADY_GONE, processor().processDue(null).get(0).outcome());
        assertTrue(store().listAll().isEmpty());
        assertTrue(queue().list().isEmpty());
    }

    @Test
    void aNewPreviewOfABranchWithTheSameNameIsNotTheOneOwed() {
        credentials.put(new CredentialsChoice("convex-token", "shop"), emu.client);
        PreviewResult old = createPreview(JOB, "feature/login", "convex-token");
        jobDeleted(JOB);
        failDeletes();
        processor().processDue(null);
        emu.emulator.clearFaults();
        // The branch is pushed again before the retry: its new job makes a new preview of the same identity.
        emu.client.deleteDeployment(old.name());
        PreviewResult again = createPreview(JOB, "feature/login", "convex-token");
        clock.advance(Duration.ofMinutes(1));

        assertEquals(DeletionAttempt.Outcome.ALREADY_GONE, processor().processDue(null).get(0).outcome());
        assertTrue(exists(again.name()));
        assertEquals(List.of(again.name()), store().listAll().stream().map(PreviewRecord::deploymentName).toList());
    }
}
