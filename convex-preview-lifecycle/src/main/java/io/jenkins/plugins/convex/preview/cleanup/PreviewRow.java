package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the page listing every preview Jenkins knows: a stored preview, a pending deletion,
 * or both.
 *
 * @param job            the creating job's full name
 * @param source         branch or {@code pr-<n>}
 * @param identity       the preview identity
 * @param projectId      the project
 * @param deploymentName the deployment
 * @param createdAt      when it was created (when queued, for a deletion whose record is gone)
 * @param age            {@code 3d 4h}, {@code 12m}
 * @param status         "active", "pending deletion (job deleted)", "deletion failed 3 times: ...", "waiting for credentials: ..."
 * @param pending        a deletion is owed
 * @param needsAttention shown in the administrative monitor too
 */
public record PreviewRow(String job, String source, String identity, long projectId, String deploymentName,
                         Instant createdAt, String age, String status, boolean pending, boolean needsAttention) {

    /** The deployment's page in the Convex dashboard (its URL is region-dependent, so the store does not guess it). */
    public String dashboardUrl() {
        return "https://dashboard.convex.dev/d/" + deploymentName;
    }

    /** Stored previews and pending deletions merged by deployment name, ordered by job then source. */
    public static List<PreviewRow> of(List<PreviewRecord> records, List<PendingDeletion> pending, Instant now) {
        Map<String, PendingDeletion> byName = new LinkedHashMap<>();
        // A deploy key's deletion is not its preview's: the preview stays active (failing ones show in the monitor).
        pending.stream().filter(p -> !p.isBlockCredentialDeletion()).forEach(p -> byName.put(p.deploymentName(), p));
        List<PreviewRow> rows = new ArrayList<>();
        for (PreviewRecord r : records) {
            PendingDeletion p = byName.remove(r.deploymentName());
            rows.add(new PreviewRow(r.creator(), r.source(), r.identity().value(), r.projectId(), r.deploymentName(),
                    r.createdAt(), age(r.createdAt(), now), p == null ? "active" : status(p), p != null,
                    p != null && p.needsAttention()));
        }
        for (PendingDeletion p : byName.values()) {
            rows.add(new PreviewRow(p.job(), p.source(), p.identity(), p.projectId(), p.deploymentName(), p.queuedAt(),
                    age(p.queuedAt(), now), status(p), true, p.needsAttention()));
        }
        rows.sort(Comparator.comparing(PreviewRow::job).thenComparing(PreviewRow::source).thenComparing(PreviewRow::deploymentName));
        return rows;
    }

    static String status(PendingDeletion p) {
        return switch (p.state()) {
            case QUEUED -> "pending deletion (" + p.reason() + ")";
            case RETRYING -> "deletion failed " + p.attempts() + (p.attempts() == 1 ? " time" : " times")
                    + ", next try at " + p.nextAttemptAt() + ": " + p.lastError();
            case WAITING_FOR_CREDENTIALS -> "deletion waiting for credentials: " + p.lastError();
        };
    }

    /** Largest two units: {@code 3d 4h}, {@code 5h 12m}, {@code 7m}, {@code 0m} for the future. */
    public static String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.isNegative()) {
            return "0m";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + minutes + "m" : minutes + "m";
    }
}
