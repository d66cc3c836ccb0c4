package io.jenkins.plugins.convex.store;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import io.jenkins.plugins.convex.preview.cleanup.PreviewSharing;
import io.jenkins.plugins.convex.preview.store.FilteredPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import jenkins.model.Jenkins;

/**
 * The stored previews a build may reach: those of jobs its authentication can read. The store is
 * controller-wide; without this, a sweep of every project or a delete by name from any job would act
 * on other folders' previews. The system (builds without an authorization plugin) sees them all.
 */
public final class VisiblePreviews {

    private VisiblePreviews() {
    }

    /** The store as the current authentication (a build's, on its step thread) may see it. */
    public static @NonNull PreviewStore forCurrentAuthentication() {
        JenkinsPreviewStore store = JenkinsPreviewStore.get();
        return ACL.SYSTEM2.equals(Jenkins.getAuthentication2()) ? store : new FilteredPreviewStore(store, VisiblePreviews::readable);
    }

    /** Whether the current authentication may reach the preview: the system, or one who can read a job using it. */
    public static boolean isVisible(@NonNull PreviewRecord record) {
        return ACL.SYSTEM2.equals(Jenkins.getAuthentication2()) || readable(record);
    }

    private static boolean readable(PreviewRecord record) {
        Jenkins jenkins = Jenkins.get();
        return PreviewSharing.users(record, PreviewAttributes.USERS).stream().anyMatch(job -> jenkins.getItemByFullName(job) != null);
    }
}
