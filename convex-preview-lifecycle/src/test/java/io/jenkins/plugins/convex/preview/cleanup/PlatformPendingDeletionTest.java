package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.keys.BuildAccessTokens;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import io.jenkins.plugins.convex.preview.store.MutableClock;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pending deletions on the live service's dialect, where the store is only a cache of the server's references. */
class PlatformPendingDeletionTest {

    static final String CREDENTIALS = "jenkins.credentialsId";
    static final String JOB = "shop/feature%2Flogin";
    final PreviewIdentity login = PreviewIdentity.ofBranch("feature/login");

    @TempDir
    Path dir;

    ConvexEmulator emu;
    ConvexClient client;
    long projectId;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void start() {
        emu = ConvexEmulator.builder().port(0).dialect(EmulatorDialect.PLATFORM).build();
        emu.start();
        client = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken())).dialect(ApiDialect.PLATFORM).build();
        projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("shop")).id();
    }

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

    @Test
    void aPendingDeletionWhoseStoreRecordIsGoneStillDeletesTheReferencedPreview() {
        PreviewResult r = PreviewLifecycle.builder(client, store()).locator(PreviewLocators.forClient(client, null)).build()
                .createOrReuse(CreatePreviewRequest.builder(projectId, login).creator(JOB).attribute(CREDENTIALS, "convex-token").build());
        List<PreviewRecord> owned = PreviewOwnership.ownedBy(store().listAll(), JOB, "jenkins.users");
        queue().enqueueAll(PreviewOwnership.deletionsFor(owned, CREDENTIALS, BranchJobState.JOB_DELETED.reason(), clock.instant()));
        // The cache loses the record (another controller's store, a wiped state file): the server still has the preview.
        assertTrue(store().remove(projectId, login, r.name()));
        assertEquals(r.name(), client.getDeploymentByReference(projectId, login.reference()).name());

        List<DeletionAttempt> attempts = new PendingDeletionProcessor(queue(), store(), c -> Optional.of(client), RetrySchedule.defaults(), clock)
                .processDue(null);

        assertEquals(DeletionAttempt.Outcome.DELETED, attempts.get(0).outcome());
        assertThrows(NotFoundException.class, () -> client.getDeploymentByReference(projectId, login.reference()));
        assertThrows(NotFoundException.class, () -> client.getDeployment(r.name()));
        assertTrue(queue().list().isEmpty());
    }

    @Test
    void aPendingDeletionOfAPreviewAlreadyGoneLeavesTheQueue() {
        PreviewResult r = PreviewLifecycle.builder(client, store()).locator(PreviewLocators.forClient(client, null)).build()
                .createOrReuse(CreatePreviewRequest.builder(projectId, login).creator(JOB).attribute(CREDENTIALS, "convex-token").build());
        queue().enqueueAll(PreviewOwnership.deletionsFor(PreviewOwnership.ownedBy(store().listAll(), JOB, "jenkins.users"), CREDENTIALS,
                BranchJobState.JOB_DELETED.reason(), clock.instant()));
        client.deleteDeployment(r.name());

        List<DeletionAttempt> attempts = new PendingDeletionProcessor(queue(), store(), c -> Optional.of(client), RetrySchedule.defaults(), clock)
                .processDue(null);

        assertEquals(DeletionAttempt.Outcome.ALREADY_GONE, attempts.get(0).outcome());
        assertTrue(queue().list().isEmpty());
        assertTrue(store().listAll().isEmpty());
    }

    @Test
    void aBlocksKeyIsHeldWhileItsBuildRunsThenDeletedOnceDueAndItsPreviewStays() {
        PreviewResult r = PreviewLifecycle.builder(client, store()).locator(PreviewLocators.forClient(client, null)).build()
                .createOrReuse(CreatePreviewRequest.builder(projectId, login).creator(JOB).attribute(CREDENTIALS, "convex-token").build());
        PendingDeletion key = PendingDeletion.ofKey(r.name(), projectId, "feature/login/ci", JOB + "#4", "shop", "convex-token", clock.instant());
        // Queued before the key is made: a crash between the two leaves a deletion of a key that never existed, which is harmless.
        queue().enqueueAll(List.of(key));
        client.createDeployKey(projectId, new CreateDeployKeyRequest(r.name(), "feature/login/ci", null));
        PendingDeletionProcessor processor = new PendingDeletionProcessor(queue(), store(), c -> Optional.of(client), RetrySchedule.defaults(), clock);

        assertEquals(List.of(), processor.processDue(null), "held while the build runs");
        assertTrue(queue().find(key.queueKey()).orElseThrow().isHeld());
        assertEquals(1, client.listDeployKeys(projectId).size());

        queue().update(key.queueKey(), d -> d.dueNow(clock.instant())); // the build is over
        List<DeletionAttempt> attempts = processor.processDue(null);

        assertEquals(DeletionAttempt.Outcome.DELETED, attempts.get(0).outcome());
        assertEquals("deleted deploy key feature/login/ci of deployment " + r.name() + " (made by " + JOB + "#4): with credentials "
                + "'convex-token' in folder shop", attempts.get(0).toLine());
        assertEquals(List.of(), client.listDeployKeys(projectId));
        assertTrue(queue().list().isEmpty());
        assertEquals(r.name(), client.getDeployment(r.name()).name(), "the preview itself stays");
    }

    @Test
    void aBlocksAccessTokenIsHeldWhileItsBuildRunsThenDeletedByNameOnceDueAndOtherTokensStay() {
        long team = emu.defaultTeamId();
        String name = "deploy/" + JOB + "#4/b1";
        PendingDeletion owed = PendingDeletion.ofAccessToken(team, name, JOB + "#4", "shop", "convex-token", clock.instant());
        queue().enqueueAll(List.of(owed));
        BuildAccessTokens tokens = new BuildAccessTokens(client);
        tokens.create(team, name, Instant.now().plus(Duration.ofHours(1)));
        tokens.create(team, "someone-elses", null);
        PendingDeletionProcessor processor = new PendingDeletionProcessor(queue(), store(), c -> Optional.of(client), RetrySchedule.defaults(), clock);

        assertEquals(List.of(), processor.processDue(null), "held while the build runs");
        PendingDeletion stored = queue().find(PendingDeletion.queueKeyOfAccessToken(team, name)).orElseThrow();
        assertTrue(stored.isHeld() && stored.isAccessTokenDeletion() && stored.isBlockCredentialDeletion() && !stored.isKeyDeletion());
        assertEquals(team, stored.tokenTeamId(), "read back from the queue's file");

        queue().update(owed.queueKey(), d -> d.dueNow(clock.instant())); // the build is over
        List<DeletionAttempt> attempts = processor.processDue(null);

        assertEquals(DeletionAttempt.Outcome.DELETED, attempts.get(0).outcome());
        assertEquals("deleted access token " + name + " of team " + team + " (made by " + JOB + "#4): with credentials "
                + "'convex-token' in folder shop", attempts.get(0).toLine());
        List<String> left = client.listAccessTokens(team).stream().map(AccessTokenInfo::name).toList();
        assertFalse(left.contains(name), "deleted: " + left);
        assertTrue(left.contains("someone-elses"), "another token stays: " + left);
        assertTrue(queue().list().isEmpty());

        // Already gone (deleted by its block, or expired): counts as deleted.
        queue().enqueueAll(List.of(owed.dueNow(clock.instant())));
        assertEquals(DeletionAttempt.Outcome.DELETED, processor.processDue(null).get(0).outcome());
        assertTrue(queue().list().isEmpty());
    }

    @Test
    void aKeyAlreadyGoneCountsAsDeleted() {
        PreviewResult r = PreviewLifecycle.builder(client, store()).locator(PreviewLocators.forClient(client, null)).build()
                .createOrReuse(CreatePreviewRequest.builder(projectId, login).creator(JOB).attribute(CREDENTIALS, "convex-token").build());
        PendingDeletion key = PendingDeletion.ofKey(r.name(), projectId, "never-made", JOB + "#5", "shop", "convex-token", clock.instant())
                .dueNow(clock.instant());
        queue().enqueueAll(List.of(key));

        List<DeletionAttempt> attempts = new PendingDeletionProcessor(queue(), store(), c -> Optional.of(client), RetrySchedule.defaults(), clock)
                .processDue(null);

        assertEquals(DeletionAttempt.Outcome.DELETED, attempts.get(0).outcome());
        assertTrue(queue().list().isEmpty());
    }
}
