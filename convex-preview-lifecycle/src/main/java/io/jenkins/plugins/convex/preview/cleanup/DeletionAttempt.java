package io.jenkins.plugins.convex.preview.cleanup;

/**
 * One try at a {@link PendingDeletion}.
 *
 * @param deletion the deletion as it was before the try
 * @param outcome  what happened
 * @param detail   the error, or which credentials were used; never a secret
 */
public record DeletionAttempt(PendingDeletion deletion, Outcome outcome, String detail) {

    public enum Outcome {
        /** Deleted on the server; off the queue. */
        DELETED,
        /** The server no longer had it; off the queue. */
        ALREADY_GONE,
        /** The server says it is not a preview: never deleted by cleanup; off the queue. */
        REFUSED_NOT_A_PREVIEW,
        /** The API failed; retried later. */
        FAILED,
        /** No usable credentials; looked at again later. */
        WAITING_FOR_CREDENTIALS;

        public boolean done() {
            return this == DELETED || this == ALREADY_GONE || this == REFUSED_NOT_A_PREVIEW;
        }
    }

    /**
     * {@code deleted preview feature/login (happy-otter-123) of job shop/feature%2Flogin}, or for a key
     * {@code deleted deploy key shop/main/ci of deployment happy-otter-123 (made by shop/main#4)}.
     */
    public String toLine() {
        String line = deletion.isAccessTokenDeletion()
                ? verb("access token") + " " + deletion.keyName() + " of team " + deletion.tokenTeamId() + " (made by " + deletion.job() + ")"
                : deletion.isKeyDeletion()
                ? verb("deploy key") + " " + deletion.keyName() + " of deployment " + deletion.deploymentName()
                        + " (made by " + deletion.job() + ")"
                : verb("preview") + " " + deletion.source() + " (" + deletion.deploymentName() + ")"
                        + (deletion.job().isEmpty() ? "" : " of job " + deletion.job());
        return detail == null || detail.isEmpty() ? line : line + ": " + detail;
    }

    private String verb(String what) {
        return switch (outcome) {
            case DELETED -> "deleted " + what;
            case ALREADY_GONE -> what + " already gone on the server:";
            case REFUSED_NOT_A_PREVIEW -> "refused to delete (not a preview deployment)";
            case FAILED -> "failed to delete " + what;
            case WAITING_FOR_CREDENTIALS -> "waiting for credentials to delete " + what;
        };
    }
}
