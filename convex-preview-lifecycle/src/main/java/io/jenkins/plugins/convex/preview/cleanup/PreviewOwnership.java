package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Instant;
import java.util.List;

/**
 * Which stored previews a deleted job owns, and the deletions that follows from it. A record is
 * owned by the job that created it ({@link PreviewRecord#creator()}, the job's full name); when
 * the deleted item is a folder (a whole multibranch project, an organization), every job under it
 * owns its own. Nothing else is touched: a record of another job, even of a branch with the same
 * name in another project, stays.
 */
public final class PreviewOwnership {

    private PreviewOwnership() {
    }

    /** The records created by {@code itemFullName} or by a job inside it. */
    public static List<PreviewRecord> ownedBy(List<PreviewRecord> records, String itemFullName) {
        if (itemFullName == null || itemFullName.isEmpty()) {
            return List.of();
        }
        String inside = itemFullName + "/";
        return records.stream()
                .filter(r -> r.creator().equals(itemFullName) || r.creator().startsWith(inside))
                .toList();
    }

    /**
     * The deletions owed for {@code owned}: each in the folder of its own job (where its
     * credentials were visible), with the credentials id read from {@code credentialsAttribute}.
     */
    public static List<PendingDeletion> deletionsFor(List<PreviewRecord> owned, String credentialsAttribute,
                                                     String reason, Instant now) {
        return owned.stream()
                .map(r -> new PendingDeletion(r.deploymentName(), r.projectId(), r.identity().value(), r.source(),
                        r.creator(), folderOf(r.creator()), r.attributes().get(credentialsAttribute), reason, now,
                        0, now, PendingDeletion.State.QUEUED, null))
                .toList();
    }

    /** {@code a/b/c} is in {@code a/b}; a top-level job is in "" (the root). */
    public static String folderOf(String jobFullName) {
        int slash = jobFullName == null ? -1 : jobFullName.lastIndexOf('/');
        return slash < 0 ? "" : jobFullName.substring(0, slash);
    }
}
