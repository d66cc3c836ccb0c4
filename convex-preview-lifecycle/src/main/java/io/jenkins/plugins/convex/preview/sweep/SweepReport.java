package io.jenkins.plugins.convex.preview.sweep;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * What a sweep did. In a dry run {@link #deleted()} lists what would have gone.
 *
 * @param projectId the project swept, or {@link SweepRequest#ALL_PROJECTS}
 * @param dryRun    nothing was deleted
 * @param deleted   deleted (or already gone), ordered by identity
 * @param failed    not deleted, each with its error in {@link SweepItem#note()}
 * @param kept      not selected, each with the reason
 */
public record SweepReport(long projectId, boolean dryRun, List<SweepItem> deleted, List<SweepItem> failed, List<SweepItem> kept) {

    public SweepReport {
        deleted = List.copyOf(deleted);
        failed = List.copyOf(failed);
        kept = List.copyOf(kept);
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }

    /** {@code swept project 12: 3 deleted, 1 failed, 2 kept} ({@code would delete} in a dry run). */
    public String summary() {
        return "swept " + (projectId == SweepRequest.ALL_PROJECTS ? "every project" : "project " + projectId) + (dryRun ? " (dry run): " + deleted.size() + " would be deleted, " : ": " + deleted.size() + " deleted, ")
                + failed.size() + " failed, " + kept.size() + " kept";
    }

    /** {@code projectId, dryRun, deleted, failed, kept} (lists of {@link SweepItem#toMap()}). */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", projectId);
        m.put("dryRun", dryRun);
        m.put("deleted", deleted.stream().map(SweepItem::toMap).toList());
        m.put("failed", failed.stream().map(SweepItem::toMap).toList());
        m.put("kept", kept.stream().map(SweepItem::toMap).toList());
        return m;
    }
}
