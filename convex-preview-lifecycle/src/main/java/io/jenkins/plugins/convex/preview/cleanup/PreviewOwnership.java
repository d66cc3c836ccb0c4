package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Instant;
import java.util.List;

/**
 * Which stored previews a deleted job owns, and the deletions that follows from it. A record is
 * owned by the jobs that use it ({@link PreviewSharing}: its creator, the job's full name, and the
 * jobs that reused it by sharing its namespace); when the deleted item is a folder (a whole
 * multibranch project, an organization), every job under it counts. A record is deleted only when
 * every job using it goes; nothing else is touched: a record of another job, even of a branch with
 * the same name in another project, stays.
 */
public final class PreviewOwnership {

    private PreviewOwnership() {
    }

    /** The records used only by {@code itemFullName} or jobs inside it: their previews are owed a deletion. */
    public static List<PreviewRecord> ownedBy(List<PreviewRecord> records, String itemFullName, String usersAttribute) {
        return usedBy(records, itemFullName, usersAttribute).stream()
                .filter(r -> PreviewSharing.remainingWithout(r, itemFullName, usersAttribute).isEmpty())
                .toList();
    }

    /** The records {@code itemFullName} (or a job inside it) uses together with a job outside it: released, not deleted. */
    public static List<PreviewRecord> sharedBy(List<PreviewRecord> records, String itemFullName, String usersAttribute) {
        return usedBy(records, itemFullName, usersAttribute).stream()
                .filter(r -> !PreviewSharing.remainingWithout(r, itemFullName, usersAttribute).isEmpty())
                .toList();
    }

    private static List<PreviewRecord> usedBy(List<PreviewRecord> records, String itemFullName, String usersAttribute) {
        if (itemFullName == null || itemFullName.isEmpty()) {
            return List.of();
        }
        return records.stream()
                .filter(r -> PreviewSharing.users(r, usersAttribute).stream().anyMatch(u -> PreviewSharing.isWithin(u, itemFullName)))
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
