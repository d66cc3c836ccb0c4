package io.jenkins.plugins.convex.cleanup;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.Item;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.cleanup.BranchJobState;
import io.jenkins.plugins.convex.preview.cleanup.DeletionAttempt;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jenkins.model.Jenkins;

/**
 * Every minute, as the system: with "delete as soon as the branch is gone", queue the previews of
 * jobs branch indexing marked dead but kept; then retry the pending deletions that are due (after a
 * failure, after a restart, once credentials appear). Its log is under
 * {@code $JENKINS_HOME/logs/tasks/Convex preview cleanup.log}.
 */
@Extension
public final class PreviewCleanupWork extends AsyncPeriodicWork {

    public PreviewCleanupWork() {
        super("Convex preview cleanup");
    }

    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.MINUTES.toMillis(1);
    }

    @Override
    protected void execute(TaskListener listener) {
        queueDeadBranches();
        for (DeletionAttempt a : PreviewCleanup.get().processNow()) {
            listener.getLogger().println("[convex] " + a.toLine());
        }
    }

    /** The jobs with stored previews whose branch is gone while the job is kept; queues their previews if so configured. */
    static void queueDeadBranches() {
        if (!ConvexGlobalConfiguration.get().isDeleteWhenBranchGone()) {
            return;
        }
        Set<String> jobs = new LinkedHashSet<>();
        List<PreviewRecord> records = JenkinsPreviewStore.get().listAll();
        records.forEach(r -> jobs.add(r.creator()));
        for (String job : jobs) {
            Item item = job.isEmpty() ? null : Jenkins.get().getItemByFullName(job);
            if (BranchJobs.stateOf(item) == BranchJobState.BRANCH_GONE_JOB_KEPT) {
                PreviewCleanup.get().itemGone(job, BranchJobState.BRANCH_GONE_JOB_KEPT);
            }
        }
    }
}
