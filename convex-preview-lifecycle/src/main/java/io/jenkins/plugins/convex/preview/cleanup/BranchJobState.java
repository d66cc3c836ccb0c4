package io.jenkins.plugins.convex.preview.cleanup;

/**
 * What became of the job behind a stored preview, as Jenkins tells it, and whether that calls for
 * deleting the preview. Deletion of the job always does; a branch that is gone while the folder's
 * orphaned-item strategy keeps its (disabled, dead) job does only when the administrator chose
 * "delete as soon as the branch is gone".
 */
public enum BranchJobState {
    /** The job exists and its branch or pull request too. */
    ACTIVE,
    /** The branch or pull request is gone; the job is kept as a dead orphan. */
    BRANCH_GONE_JOB_KEPT,
    /** The job was deleted (branch deleted, PR closed or merged, whole project deleted). */
    JOB_DELETED;

    public boolean previewsShouldGo(boolean deleteWhenBranchGone) {
        return switch (this) {
            case ACTIVE -> false;
            case BRANCH_GONE_JOB_KEPT -> deleteWhenBranchGone;
            case JOB_DELETED -> true;
        };
    }

    /** The {@link PendingDeletion#reason()} for people. */
    public String reason() {
        return switch (this) {
            case ACTIVE -> "";
            case BRANCH_GONE_JOB_KEPT -> "branch or pull request gone (job kept by the orphaned item strategy)";
            case JOB_DELETED -> "job deleted";
        };
    }
}
