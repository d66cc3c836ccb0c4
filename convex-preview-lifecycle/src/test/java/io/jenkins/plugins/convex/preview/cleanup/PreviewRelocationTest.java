package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewRelocationTest {

    final InMemoryPreviewStore store = new InMemoryPreviewStore();

    void stored(String job, String branch, String deployment) {
        PreviewIdentity id = PreviewIdentity.ofBranch(branch);
        Claim.Reserved r = (Claim.Reserved) store.claim(new ClaimRequest(new io.jenkins.plugins.convex.preview.store.PreviewKey(7L, id),
                job, Duration.ofMinutes(5), null));
        store.complete(r.reservation(), new PreviewRecord(7L, id, branch, deployment, Instant.EPOCH, job,
                Map.of("jenkins.job", job, "jenkins.credentialsId", "convex-token")));
    }

    @Test
    void aRenamedJobsPreviewsNowBelongToItsNewName() {
        stored("old/feature", "feature", "happy-otter-1");
        stored("old/main", "main", "happy-otter-2");

        assertEquals(1, PreviewRelocation.relocate(store, "old/feature", "new/feature", "jenkins.job", "jenkins.users"));

        PreviewRecord moved = store.findByDeploymentName("happy-otter-1").orElseThrow();
        assertEquals("new/feature", moved.creator());
        assertEquals("new/feature", moved.attributes().get("jenkins.job"));
        assertEquals("convex-token", moved.attributes().get("jenkins.credentialsId"));
        assertEquals("old/main", store.findByDeploymentName("happy-otter-2").orElseThrow().creator());
        assertEquals(List.of("happy-otter-1"), PreviewOwnership.ownedBy(store.listAll(), "new/feature", "jenkins.users").stream()
                .map(PreviewRecord::deploymentName).toList());
        assertTrue(PreviewOwnership.ownedBy(store.listAll(), "old/feature", "jenkins.users").isEmpty());
    }

    @Test
    void aRecordBeingRecreatedMeanwhileIsLeftToItsCreator() {
        stored("old/feature", "feature", "happy-otter-1");
        // Another build is replacing it right now.
        store.claim(new ClaimRequest(store.findByDeploymentName("happy-otter-1").orElseThrow().key(), "build",
                Duration.ofMinutes(5), "happy-otter-1"));

        assertEquals(0, PreviewRelocation.relocate(store, "old/feature", "new/feature", "jenkins.job", "jenkins.users"));
    }
}
