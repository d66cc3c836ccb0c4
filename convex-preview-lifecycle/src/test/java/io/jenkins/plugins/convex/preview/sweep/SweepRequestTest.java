package io.jenkins.plugins.convex.preview.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepRequestTest {

    @Test
    void sweepWithNeitherKeepListNorAgeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SweepRequest.builder(1).build());
        assertEquals("keep_branches", e.field());
    }

    @Test
    void keptBranchesAreNormalisedLikeIdentities() {
        SweepRequest r = SweepRequest.builder(1).keepBranches(List.of("refs/heads/main", "Feature/Login", "pr-12")).build();
        assertEquals(Set.of(PreviewIdentity.ofBranch("main"), PreviewIdentity.ofBranch("Feature/Login"), PreviewIdentity.ofPullRequest(12, null)),
                r.keptIdentities());
    }

    @Test
    void keptBranchesTakeTheSweepsNamespace() {
        SweepRequest r = SweepRequest.builder(1).namespace("acme/shop").keepBranches(List.of("pr-12")).build();
        assertEquals(Set.of(PreviewIdentity.ofPullRequest(12, "acme/shop")), r.keptIdentities());
    }

    @Test
    void concurrencyOutsideOneToThirtyTwoIsRefused() {
        assertEquals("concurrency", assertThrows(InvalidInputException.class,
                () -> SweepRequest.builder(1).olderThan("1d").concurrency(0).build()).field());
        assertEquals("concurrency", assertThrows(InvalidInputException.class,
                () -> SweepRequest.builder(1).olderThan("1d").concurrency(33).build()).field());
    }

    @Test
    void defaultConcurrencyIsFour() {
        assertEquals(4, SweepRequest.builder(1).olderThan("1d").build().concurrency());
    }
}
