package io.jenkins.plugins.convex.steps;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The safety net for what a build makes for itself: ephemeral previews and the deploy keys of its
 * blocks. Normally the block or the build wrapper deletes them; once the build is over, this queues
 * the deletion of any ephemeral preview that remains (a preview created just before an abort, a
 * failed cleanup) and makes due the held deletions of its blocks' keys: when the build finishes and,
 * for builds cut off by a restart (a freestyle build never tears down), from the periodic cleanup.
 * The durable queue retries failures.
 */
@Extension
public final class BuildLeftovers extends RunListener<Run<?, ?>> {

    private static final Logger LOGGER = Logger.getLogger(BuildLeftovers.class.getName());

    @Override
    public void onFinalized(Run<?, ?> run) {
        String build = run.getExternalizableId();
        try {
            PreviewCleanup cleanup = PreviewCleanup.get();
            cleanup.deleteLater(ephemeralRecords().stream()
                    .filter(r -> build.equals(r.attributes().get(PreviewAttributes.BUILD)))
                    .toList(), "ephemeral preview of finished build " + build);
            cleanup.releaseKeysOfFinishedBuilds(build::equals);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not queue the cleanup of Convex previews and keys of " + build, e);
        }
    }

    /** What builds no longer running (after a restart, say) left: ephemeral previews are queued, their keys made due. */
    public static void queueAbandoned() {
        PreviewCleanup cleanup = PreviewCleanup.get();
        cleanup.deleteLater(ephemeralRecords().stream()
                .filter(r -> !isBuilding(r.attributes().get(PreviewAttributes.BUILD)))
                .toList(), "ephemeral preview of a build that is over");
        cleanup.releaseKeysOfFinishedBuilds(build -> !isBuilding(build));
    }

    private static List<PreviewRecord> ephemeralRecords() {
        return JenkinsPreviewStore.get().listAll().stream()
                .filter(r -> "true".equals(r.attributes().get(PreviewAttributes.EPHEMERAL)))
                .toList();
    }

    private static boolean isBuilding(String externalizableId) {
        if (externalizableId == null) {
            return false;
        }
        try {
            Run<?, ?> run = Run.fromExternalizableId(externalizableId);
            return run != null && run.isBuilding();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
