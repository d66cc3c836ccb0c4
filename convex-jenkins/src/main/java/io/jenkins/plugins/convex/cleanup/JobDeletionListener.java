package io.jenkins.plugins.convex.cleanup;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.listeners.ItemListener;
import io.jenkins.plugins.convex.preview.cleanup.BranchJobState;
import io.jenkins.plugins.convex.preview.cleanup.PreviewRelocation;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A deleted job (a branch deleted, a pull request closed or merged, a whole multibranch project
 * deleted: Jenkins deletes children first and tells us of each) owes the deletion of the previews
 * it created. The store and queue live outside the job directory, which is already gone here.
 * Only the durable enqueue happens on this thread; the API calls happen in the background.
 * A renamed or moved job keeps its previews: their records follow it to its new name.
 */
@Extension
public final class JobDeletionListener extends ItemListener {

    private static final Logger LOGGER = Logger.getLogger(JobDeletionListener.class.getName());

    @Override
    public void onDeleted(Item item) {
        try {
            PreviewCleanup.get().itemGone(item.getFullName(), BranchJobState.JOB_DELETED);
        } catch (RuntimeException e) {
            // A broken store must not break the deletion of a job; the periodic work cannot recover this one,
            // so say which job it was.
            LOGGER.log(Level.WARNING, "could not queue the deletion of the Convex previews of " + item.getFullName(), e);
        }
    }

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        try {
            PreviewRelocation.relocate(JenkinsPreviewStore.get(), oldFullName, newFullName, PreviewAttributes.JOB, PreviewAttributes.USERS);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not move the Convex previews of " + oldFullName + " to " + newFullName, e);
        }
    }
}
