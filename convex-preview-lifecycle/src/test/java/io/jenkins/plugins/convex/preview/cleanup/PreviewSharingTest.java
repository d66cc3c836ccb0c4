package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A preview shared on purpose (one namespace, two jobs) goes only when its last user goes. */
class PreviewSharingTest {

    static final String USERS = "jenkins.users";

    final InMemoryPreviewStore store = new InMemoryPreviewStore();

    PreviewRecord stored(String job, String identity, String deployment) {
        PreviewKey key = new PreviewKey(7L, PreviewIdentity.fromValue(identity));
        Claim.Reserved r = (Claim.Reserved) store.claim(new ClaimRequest(key, job, Duration.ofMinutes(5), null));
        PreviewRecord record = new PreviewRecord(7L, key.identity(), identity, deployment, Instant.EPOCH, job,
                Map.of("jenkins.credentialsId", "convex-token"));
        assertTrue(store.complete(r.reservation(), record));
        return record;
    }

    PreviewRecord current(String deployment) {
        return store.findByDeploymentName(deployment).orElseThrow();
    }

    @Test
    void aReuseByAnotherJobMakesItAUserOnceAndTheCreatorStaysFirst() {
        PreviewRecord r = stored("web/main", "shared/main", "happy-otter-1");

        assertTrue(PreviewSharing.addUser(store, r, "api/main", USERS));
        assertFalse(PreviewSharing.addUser(store, current("happy-otter-1"), "api/main", USERS), "already a user");
        assertFalse(PreviewSharing.addUser(store, current("happy-otter-1"), "web/main", USERS), "the creator is a user");

        assertEquals(List.of("web/main", "api/main"), PreviewSharing.users(current("happy-otter-1"), USERS));
        assertEquals("convex-token", current("happy-otter-1").attributes().get("jenkins.credentialsId"));
    }

    @Test
    void deletingOneOfTwoUsersReleasesThePreviewInsteadOfDeletingIt() {
        stored("web/main", "shared/main", "happy-otter-1");
        PreviewSharing.addUser(store, current("happy-otter-1"), "api/main", USERS);

        assertEquals(List.of(), PreviewOwnership.ownedBy(store.listAll(), "web/main", USERS));
        List<PreviewRecord> shared = PreviewOwnership.sharedBy(store.listAll(), "web/main", USERS);
        assertEquals(1, shared.size());
        assertTrue(PreviewSharing.release(store, shared.get(0), "web/main", USERS));

        PreviewRecord after = current("happy-otter-1");
        assertEquals("api/main", after.creator(), "the remaining user takes the record over");
        assertEquals(List.of("api/main"), PreviewSharing.users(after, USERS));
        assertEquals(1, PreviewOwnership.ownedBy(store.listAll(), "api/main", USERS).size(), "now the last user owns it");
    }

    @Test
    void deletingAFolderThatHoldsEveryUserOwnsThePreview() {
        stored("team/web/main", "shared/main", "happy-otter-1");
        PreviewSharing.addUser(store, current("happy-otter-1"), "team/api/main", USERS);

        assertEquals(1, PreviewOwnership.ownedBy(store.listAll(), "team", USERS).size());
        assertEquals(List.of(), PreviewOwnership.sharedBy(store.listAll(), "team", USERS));
        assertEquals(1, PreviewOwnership.sharedBy(store.listAll(), "team/web", USERS).size());
    }

    @Test
    void aRenamedUserKeepsItsPlace() {
        stored("web/main", "shared/main", "happy-otter-1");
        PreviewSharing.addUser(store, current("happy-otter-1"), "api/main", USERS);

        assertEquals(1, PreviewRelocation.relocate(store, "api/main", "backend/main", "jenkins.job", USERS));

        assertEquals(List.of("web/main", "backend/main"), PreviewSharing.users(current("happy-otter-1"), USERS));
    }

    @Test
    void aRecordBeingRecreatedIsNotRewritten() {
        PreviewRecord r = stored("web/main", "shared/main", "happy-otter-1");
        store.claim(new ClaimRequest(r.key(), "build", Duration.ofMinutes(5), "happy-otter-1"));

        assertFalse(PreviewSharing.addUser(store, r, "api/main", USERS));
    }
}
