package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;

/**
 * Which identity a build's preview has: the {@code branch} parameter when given, else the pull
 * request ({@code CHANGE_ID}, as {@code pr-<n>}), else the multibranch branch ({@code BRANCH_NAME}).
 * A pull request wins over its branch name because Jenkins sets {@code BRANCH_NAME=PR-12} for it.
 */
final class PreviewSource {

    private PreviewSource() {
    }

    static PreviewIdentity identity(@CheckForNull String branch, @CheckForNull String changeId,
                                    @CheckForNull String branchName, @CheckForNull String namespace) {
        if (branch != null && !branch.isBlank()) {
            if (branch.contains("${")) {
                throw new InvalidInputException("branch", branch,
                        "a branch name; the variable in it is not set in this build (freestyle jobs have GIT_BRANCH once the Git SCM ran)");
            }
            return PreviewIdentity.ofBranch(branch, namespace);
        }
        if (changeId != null && !changeId.isBlank()) {
            return PreviewIdentity.ofPullRequest(changeId, namespace);
        }
        if (branchName != null && !branchName.isBlank()) {
            return PreviewIdentity.ofBranch(branchName, namespace);
        }
        throw new InvalidInputException("branch", null,
                "a branch: pass branch: '...' or run in a multibranch job, which sets BRANCH_NAME or CHANGE_ID");
    }

    /** The identity of a preview for one build only: {@code <identity>-b<number>}. */
    static PreviewIdentity ephemeral(PreviewIdentity base, int buildNumber) {
        String value = base.value() + "-b" + buildNumber;
        if (value.length() <= PreviewIdentity.MAX_LENGTH) {
            return PreviewIdentity.fromValue(value);
        }
        return PreviewIdentity.ofBranch(value);
    }
}
