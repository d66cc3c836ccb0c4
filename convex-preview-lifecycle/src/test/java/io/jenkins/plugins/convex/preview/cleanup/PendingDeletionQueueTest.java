package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingDeletionQueueTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static PendingDeletion pending(String deployment) {
        return new PendingDeletion(deployment, 7L, "feature-login", "feature/login", "shop/feature%2Flogin", "shop",
                "convex-token", "job deleted", T, 0, T, PendingDeletion.State.QUEUED, null);
    }

    @Test
    void aPendingDeletionSurvivesANewQueueOnTheSameFileAsAfterARestart() {
        new PendingDeletionQueue(dir.resolve("pending.json")).enqueueAll(List.of(pending("happy-otter-1")));
        List<PendingDeletion> reloaded = new PendingDeletionQueue(dir.resolve("pending.json")).list();
        assertEquals(List.of(pending("happy-otter-1")), reloaded);
    }

    @Test
    void aChangeOfTheFileByAnotherWriterIsSeenDespiteTheCachedParse() throws Exception {
        PendingDeletionQueue q = new PendingDeletionQueue(dir.resolve("pending.json"));
        q.enqueueAll(List.of(pending("happy-otter-1"), pending("happy-otter-2")));
        assertEquals(2, q.list().size());
        java.nio.file.Files.writeString(q.file(), "{\"version\":1,\"pending\":[]}\n");
        assertEquals(List.of(), q.list());
    }

    @Test
    void sealedCredentialsSurviveARestartAndEveryStateChange() {
        PendingDeletionQueue q = new PendingDeletionQueue(dir.resolve("pending.json"));
        q.enqueueAll(List.of(pending("happy-otter-1").withSealedCredentials("{AQAAsealed}")));
        q.update("happy-otter-1", d -> d.failed(Instant.now(), "boom", RetrySchedule.defaults()));
        assertEquals("{AQAAsealed}", new PendingDeletionQueue(dir.resolve("pending.json")).find("happy-otter-1").orElseThrow().sealedCredentials());
    }

    @Test
    void aDeploymentIsQueuedOnceEvenWhenTwoEventsOweIt() {
        PendingDeletionQueue q = new PendingDeletionQueue(dir.resolve("pending.json"));
        assertEquals(1, q.enqueueAll(List.of(pending("happy-otter-1"))).size());
        assertEquals(0, q.enqueueAll(List.of(pending("happy-otter-1"))).size());
        assertEquals(1, q.list().size());
    }

    @Test
    void aFailureIsRecordedWithItsErrorAndTheNextTryFollowsTheSchedule() {
        PendingDeletionQueue q = new PendingDeletionQueue(dir.resolve("pending.json"));
        q.enqueueAll(List.of(pending("happy-otter-1")));
        q.update("happy-otter-1", d -> d.failed(T, "HTTP 500", RetrySchedule.defaults()));
        q.update("happy-otter-1", d -> d.failed(T, "HTTP 503", RetrySchedule.defaults()));
        PendingDeletion d = new PendingDeletionQueue(dir.resolve("pending.json")).find("happy-otter-1").orElseThrow();
        assertEquals(2, d.attempts());
        assertEquals(PendingDeletion.State.RETRYING, d.state());
        assertEquals("HTTP 503", d.lastError());
        assertEquals(T.plus(Duration.ofMinutes(2)), d.nextAttemptAt());
        assertTrue(q.due(T.plus(Duration.ofMinutes(1))).isEmpty());
        assertEquals(1, q.due(T.plus(Duration.ofMinutes(2))).size());
    }

    @Test
    void threeFailuresNeedAnAdministratorsAttention() {
        PendingDeletion d = pending("happy-otter-1");
        for (int i = 0; i < 2; i++) {
            d = d.failed(T, "HTTP 500", RetrySchedule.defaults());
        }
        assertFalse(d.needsAttention());
        assertTrue(d.failed(T, "HTTP 500", RetrySchedule.defaults()).needsAttention());
    }

    @Test
    void removingTakesTheDeletionOffForGood() {
        PendingDeletionQueue q = new PendingDeletionQueue(dir.resolve("pending.json"));
        q.enqueueAll(List.of(pending("happy-otter-1"), pending("happy-otter-2")));
        assertTrue(q.remove("happy-otter-1"));
        assertFalse(q.remove("happy-otter-1"));
        assertFalse(q.update("happy-otter-1", d -> d));
        assertEquals(List.of(pending("happy-otter-2")), new PendingDeletionQueue(dir.resolve("pending.json")).list());
    }
}
