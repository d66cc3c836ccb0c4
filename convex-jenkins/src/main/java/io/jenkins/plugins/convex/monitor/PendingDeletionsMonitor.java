package io.jenkins.plugins.convex.monitor;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import java.util.List;

/**
 * Tells administrators (Manage Jenkins) of preview deletions that need them: failing repeatedly
 * (the error and the deployments are named) or waiting for credentials. Cleared when the queue
 * no longer holds such deletions.
 */
@Extension
public final class PendingDeletionsMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return "Convex preview deletions that need attention";
    }

    @Override
    public boolean isActivated() {
        return !getDeletions().isEmpty();
    }

    /** The deletions shown: failing at least three times, or waiting for credentials. */
    public List<PendingDeletion> getDeletions() {
        try {
            return PreviewCleanup.get().queue().list().stream().filter(PendingDeletion::needsAttention).toList();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }
}
