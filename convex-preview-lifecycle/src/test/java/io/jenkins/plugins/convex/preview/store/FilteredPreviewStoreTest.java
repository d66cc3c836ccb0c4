package io.jenkins.plugins.convex.preview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view shows only what its predicate accepts, and never lets the hidden records be changed through it. */
class FilteredPreviewStoreTest {

    final InMemoryPreviewStore store = new InMemoryPreviewStore();
    final FilteredPreviewStore mine = new FilteredPreviewStore(store, r -> r.creator().startsWith("team-a/"));

    PreviewRecord stored(String job, String branch, String deployment) {
        PreviewKey key = new PreviewKey(7L, PreviewIdentity.ofBranch(branch));
        Claim.Reserved r = (Claim.Reserved) store.claim(new ClaimRequest(key, job, Duration.ofMinutes(5), null));
        PreviewRecord record = new PreviewRecord(7L, key.identity(), branch, deployment, Instant.EPOCH, job, Map.of());
        assertTrue(store.complete(r.reservation(), record));
        return record;
    }

    @Test
    void readsShowOnlyTheVisibleRecords() {
        stored("team-a/web", "a-main", "happy-otter-1");
        PreviewRecord hidden = stored("team-b/web", "b-main", "happy-otter-2");

        assertEquals(List.of("happy-otter-1"), mine.listAll().stream().map(PreviewRecord::deploymentName).toList());
        assertEquals(List.of("happy-otter-1"), mine.list(7L).stream().map(PreviewRecord::deploymentName).toList());
        assertTrue(mine.findByDeploymentName("happy-otter-2").isEmpty());
        assertTrue(mine.find(7L, hidden.identity()).isEmpty());
        assertTrue(mine.listByCreator("team-b/web").isEmpty());
    }

    @Test
    void aHiddenRecordCanBeNeitherRemovedNorRewrittenNorClaimed() {
        PreviewRecord hidden = stored("team-b/web", "b-main", "happy-otter-2");

        assertFalse(mine.remove(7L, hidden.identity(), "happy-otter-2"));
        assertFalse(mine.update(hidden.key(), "happy-otter-2", r -> r));
        assertThrows(PreviewStoreException.class, () -> mine.claim(new ClaimRequest(hidden.key(), "x", Duration.ofMinutes(5), null)));
        assertTrue(store.findByDeploymentName("happy-otter-2").isPresent());
    }
}
