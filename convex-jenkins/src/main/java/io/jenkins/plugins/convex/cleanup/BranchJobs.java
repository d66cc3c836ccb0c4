package io.jenkins.plugins.convex.cleanup;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.convex.preview.cleanup.BranchJobState;
import jenkins.branch.Branch;
import jenkins.branch.BranchProjectFactory;
import jenkins.branch.MultiBranchProject;

/** Reads what branch-api says of a job: a kept orphan has its branch replaced by {@link Branch.Dead}. */
final class BranchJobs {

    private BranchJobs() {
    }

    /** The state of an existing job; null when the job does not exist (then only a deletion event decides). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static @CheckForNull BranchJobState stateOf(@CheckForNull Item job) {
        if (job == null) {
            return null;
        }
        if (job.getParent() instanceof MultiBranchProject<?, ?> project) {
            BranchProjectFactory factory = project.getProjectFactory();
            if (job instanceof Job<?, ?> branchJob && factory.isProject(branchJob) && factory.getBranch(branchJob) instanceof Branch.Dead) {
                return BranchJobState.BRANCH_GONE_JOB_KEPT;
            }
        }
        return BranchJobState.ACTIVE;
    }
}
