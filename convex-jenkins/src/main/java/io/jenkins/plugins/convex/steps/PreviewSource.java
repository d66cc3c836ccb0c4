package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.security.SecureRandom;

/**
 * Which identity a build's preview has: the {@code branch} parameter when given, else the pull
 * request ({@code CHANGE_ID}, as {@code pr-<n>}), else the multibranch branch ({@code BRANCH_NAME}).
 * A pull request wins over its branch name because Jenkins sets {@code BRANCH_NAME=PR-12} for it.
 */
final class PreviewSource {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BLOCK_ID_LENGTH = 5;

    private PreviewSource() {
    }

    /** A short id for one block execution, of the identity alphabet ([a-z0-9]); random, so unique across parallel blocks. */
    static String newBlockId() {
        StringBuilder id = new StringBuilder(BLOCK_ID_LENGTH);
        for (int i = 0; i < BLOCK_ID_LENGTH; i++) {
            id.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return id.toString();
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

    /**
     * The identity of a preview for one block execution only: {@code <identity>-b<number>-<block>}. The
     * block id keeps two blocks of one build apart (parallel branches, matrix cells sharing a number).
     */
    static PreviewIdentity ephemeral(PreviewIdentity base, int buildNumber, String blockId) {
        String value = base.value() + "-b" + buildNumber + "-" + blockId;
        if (value.length() <= PreviewIdentity.MAX_LENGTH) {
            return PreviewIdentity.fromValue(value);
        }
        return PreviewIdentity.ofBranch(value);
    }
}
