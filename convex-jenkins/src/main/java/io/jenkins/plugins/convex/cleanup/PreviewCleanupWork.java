package io.jenkins.plugins.convex.cleanup;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.Item;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.cleanup.BranchJobState;
import io.jenkins.plugins.convex.preview.cleanup.DeletionAttempt;
import io.jenkins.plugins.convex.preview.cleanup.PreviewSharing;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.steps.BuildLeftovers;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.SystemProperties;

/**
 * Every minute, as the system: with "delete as soon as the branch is gone", queue the previews of
 * jobs branch indexing marked dead but kept; queue the ephemeral previews of builds that are over
 * (a freestyle build cut off by a restart never tears down); then retry the pending deletions that are due (after a
 * failure, after a restart, once credentials appear). Its log is under
 * {@code $JENKINS_HOME/logs/tasks/Convex preview cleanup.log}.
 */
@Extension
public final class PreviewCleanupWork extends AsyncPeriodicWork {

    private static final Logger LOGGER = Logger.getLogger(PreviewCleanupWork.class.getName());

    /**
     * When true the periodic work does nothing (deletions started by events still run): for tests that
     * drive the queue themselves, or an administrator's emergency stop ({@code -D<this class>.paused=true}).
     */
    static volatile boolean paused = SystemProperties.getBoolean(PreviewCleanupWork.class.getName() + ".paused");

    public PreviewCleanupWork() {
        super("Convex preview cleanup");
    }

    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.MINUTES.toMillis(1);
    }

    @Override
    protected void execute(TaskListener listener) {
        if (paused) {
            listener.getLogger().println("[convex] paused (" + PreviewCleanupWork.class.getName() + ".paused)");
            return;
        }
        try {
            queueDeadBranches();
            BuildLeftovers.queueAbandoned();
            for (DeletionAttempt a : PreviewCleanup.get().processNow()) {
                listener.getLogger().println("[convex] " + a.toLine());
            }
        } catch (RuntimeException e) {
            // AsyncPeriodicWork would only log it to its own task log; say it where administrators look too.
            LOGGER.log(Level.WARNING, "the periodic Convex preview cleanup failed; it runs again in a minute", e);
            listener.error("the periodic Convex preview cleanup failed: " + e);
        }
    }

    /** The jobs with stored previews whose branch is gone while the job is kept; queues their previews if so configured. */
    static void queueDeadBranches() {
        if (!ConvexGlobalConfiguration.get().isDeleteWhenBranchGone()) {
            return;
        }
        Set<String> jobs = new LinkedHashSet<>();
        List<PreviewRecord> records = JenkinsPreviewStore.get().listAll();
        records.forEach(r -> jobs.addAll(PreviewSharing.users(r, PreviewAttributes.USERS)));
        for (String job : jobs) {
            Item item = job.isEmpty() ? null : Jenkins.get().getItemByFullName(job);
            if (BranchJobs.stateOf(item) == BranchJobState.BRANCH_GONE_JOB_KEPT) {
                PreviewCleanup.get().itemGone(job, BranchJobState.BRANCH_GONE_JOB_KEPT);
            }
        }
    }
}
