package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewRowTest {

    static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

    static PreviewRecord record(String job, String branch, String deployment, Duration age) {
        return new PreviewRecord(7L, PreviewIdentity.ofBranch(branch), branch, deployment, NOW.minus(age), job, Map.of());
    }

    @Test
    void anActivePreviewShowsItsJobBranchAgeAndDashboardLink() {
        PreviewRow row = PreviewRow.of(List.of(record("shop/main", "main", "happy-otter-1", Duration.ofHours(50))), List.of(), NOW).get(0);
        assertEquals("shop/main", row.job());
        assertEquals("main", row.source());
        assertEquals("2d 2h", row.age());
        assertEquals("active", row.status());
        assertFalse(row.pending());
        assertEquals("https://dashboard.convex.dev/d/happy-otter-1", row.dashboardUrl());
    }

    @Test
    void aPendingDeletionShowsOnItsPreviewsRowWithTheFailure() {
        PendingDeletion failing = new PendingDeletion("happy-otter-1", 7L, "main", "main", "shop/main", "shop", null,
                "job deleted", NOW, 3, NOW.plus(Duration.ofMinutes(4)), PendingDeletion.State.RETRYING, "HTTP 500");
        List<PreviewRow> rows = PreviewRow.of(List.of(record("shop/main", "main", "happy-otter-1", Duration.ofMinutes(5))),
                List.of(failing), NOW);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).pending());
        assertTrue(rows.get(0).needsAttention());
        assertEquals("deletion failed 3 times, next try at 2026-01-10T12:04:00Z: HTTP 500", rows.get(0).status());
    }

    @Test
    void aDeletionWhoseRecordIsGoneStillHasARow() {
        PendingDeletion queued = new PendingDeletion("happy-otter-9", 7L, "pr-4", "pr-4", "shop/PR-4", "shop", null,
                "job deleted", NOW.minus(Duration.ofMinutes(7)), 0, null, null, null);
        PreviewRow row = PreviewRow.of(List.of(), List.of(queued), NOW).get(0);
        assertEquals("pending deletion (job deleted)", row.status());
        assertEquals("7m", row.age());
    }

    @Test
    void rowsAreOrderedByJobThenBranch() {
        List<PreviewRow> rows = PreviewRow.of(List.of(
                record("shop/b", "b", "d-2", Duration.ZERO),
                record("shop/a", "z", "d-3", Duration.ZERO),
                record("shop/a", "a", "d-1", Duration.ZERO)), List.of(), NOW);
        assertEquals(List.of("d-1", "d-3", "d-2"), rows.stream().map(PreviewRow::deploymentName).toList());
    }
}
