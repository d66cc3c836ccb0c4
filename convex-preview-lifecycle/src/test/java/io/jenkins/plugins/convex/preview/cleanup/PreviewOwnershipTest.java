package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewOwnershipTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    static PreviewRecord record(String job, String branch, String deployment) {
        return new PreviewRecord(7L, PreviewIdentity.ofBranch(branch), branch, deployment, T, job,
                Map.of("jenkins.credentialsId", "convex-token"));
    }

    final List<PreviewRecord> records = List.of(
            record("team/shop/feature%2Flogin", "feature/login", "happy-otter-1"),
            record("team/shop/PR-4", "pr-4", "happy-otter-2"),
            record("team/shop-admin/feature%2Flogin", "feature/login", "happy-otter-3"),
            record("team/shopping/main", "main", "happy-otter-4"),
            record("solo", "main", "happy-otter-5"));

    static List<String> names(List<PreviewRecord> rs) {
        return rs.stream().map(PreviewRecord::deploymentName).toList();
    }

    @Test
    void aDeletedBranchJobOwnsOnlyThePreviewsItCreated() {
        assertEquals(List.of("happy-otter-1"), names(PreviewOwnership.ownedBy(records, "team/shop/feature%2Flogin", "jenkins.users")));
    }

    @Test
    void aDeletedMultibranchProjectOwnsThePreviewsOfEveryJobInsideIt() {
        assertEquals(List.of("happy-otter-1", "happy-otter-2"), names(PreviewOwnership.ownedBy(records, "team/shop", "jenkins.users")));
    }

    @Test
    void aProjectWhoseNameStartsLikeTheDeletedOneKeepsItsPreviews() {
        assertEquals(List.of(), names(PreviewOwnership.ownedBy(records, "team/sho", "jenkins.users")));
        assertEquals(List.of("happy-otter-4"), names(PreviewOwnership.ownedBy(records, "team/shopping", "jenkins.users")));
    }

    @Test
    void aJobThatCreatedNothingOwnsNothing() {
        assertEquals(List.of(), names(PreviewOwnership.ownedBy(records, "team/other/main", "jenkins.users")));
        assertEquals(List.of(), names(PreviewOwnership.ownedBy(records, "", "jenkins.users")));
    }

    @Test
    void eachDeletionLooksCredentialsUpInTheFolderOfItsOwnJob() {
        List<PendingDeletion> d = PreviewOwnership.deletionsFor(PreviewOwnership.ownedBy(records, "team", "jenkins.users"),
                "jenkins.credentialsId", "job deleted", T);
        assertEquals(4, d.size());
        assertEquals("team/shop", d.get(0).folder());
        assertEquals("team/shop-admin", d.get(2).folder());
        assertEquals("convex-token", d.get(0).credentialsId());
        assertEquals(PendingDeletion.State.QUEUED, d.get(0).state());
        assertEquals("", PreviewOwnership.folderOf("solo"));
    }
}
