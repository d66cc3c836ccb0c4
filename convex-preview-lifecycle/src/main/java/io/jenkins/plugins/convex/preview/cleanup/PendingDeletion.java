package io.jenkins.plugins.convex.preview.cleanup;

import java.time.Instant;
import java.util.Objects;

/**
 * A preview whose deletion is owed: queued when the job that created it went (or its branch did),
 * kept on disk until the server confirmed, retried with {@link RetrySchedule} while it fails.
 * Holds names and ids only, never a token.
 *
 * @param deploymentName the preview deployment (the key of the queue: deployment names are unique)
 * @param projectId      its project
 * @param identity       its identity in the preview store
 * @param source         the branch or {@code pr-<n>} it was made for
 * @param job            full name of the job that created it
 * @param folder         full name of the job's folder, where its credentials are looked up; "" for the root
 * @param credentialsId  the credentials it was created with, or null
 * @param reason         why it is owed, for people: "job deleted", "branch gone", "deleted from the previews page"
 * @param queuedAt       when it was queued
 * @param attempts       failed attempts so far
 * @param nextAttemptAt  not tried again before this
 * @param state          queued, retrying after failures, or waiting for credentials
 * @param lastError      the last failure, or null
 * @param sealedCredentials the credentials as the embedding application sealed them (encrypted) when the
 *                       deletion was queued, while the job's folder still existed; tried once the folder is
 *                       gone; never plaintext; null when none were found then
 * @param keyName        for the deletion of a deploy key (made for a block) rather than of a preview: the key's
 *                       name, deleted from {@code deploymentName}; {@code job} is then the build that made it;
 *                       for the deletion of a team access token, the token's name
 * @param tokenTeamId    for the deletion of a team access token (made for a block): its team; null otherwise
 */
public record PendingDeletion(
        String deploymentName,
        long projectId,
        String identity,
        String source,
        String job,
        String folder,
        String credentialsId,
        String reason,
        Instant queuedAt,
        int attempts,
        Instant nextAttemptAt,
        State state,
        String lastError,
        String sealedCredentials,
        String keyName,
        Long tokenTeamId) {

    public enum State {
        /** Not tried yet. */
        QUEUED,
        /** Tried and failed; tried again at {@link #nextAttemptAt()}. */
        RETRYING,
        /** Neither the preview's credentials nor the global default could be found. */
        WAITING_FOR_CREDENTIALS
    }

    public PendingDeletion {
        Objects.requireNonNull(deploymentName, "deploymentName");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(queuedAt, "queuedAt");
        source = source == null ? identity : source;
        job = job == null ? "" : job;
        folder = folder == null ? "" : folder;
        reason = reason == null ? "" : reason;
        nextAttemptAt = nextAttemptAt == null ? queuedAt : nextAttemptAt;
        state = state == null ? State.QUEUED : state;
    }

    /** Without sealed credentials. */
    public PendingDeletion(String deploymentName, long projectId, String identity, String source, String job, String folder,
                           String credentialsId, String reason, Instant queuedAt, int attempts, Instant nextAttemptAt,
                           State state, String lastError) {
        this(deploymentName, projectId, identity, source, job, folder, credentialsId, reason, queuedAt, attempts,
                nextAttemptAt, state, lastError, null, null, null);
    }

    /** Until a build's end is known, a key deletion is held this far ahead; the embedder makes it due when the build is over. */
    public static final Instant HELD = Instant.parse("9999-01-01T00:00:00Z");

    /**
     * The deletion of deploy key {@code keyName} of {@code deploymentName}, made for a block of {@code build};
     * queued before the key is made and {@link #HELD} while the build runs, so that neither a crash nor an
     * abort during its creation, nor a failed delete at the block's end, leaves it behind.
     */
    public static PendingDeletion ofKey(String deploymentName, long projectId, String keyName, String build, String folder,
                                        String credentialsId, Instant now) {
        return new PendingDeletion(deploymentName, projectId, keyName, keyName, build, folder, credentialsId,
                "deploy key of a block of " + build, now, 0, HELD, State.QUEUED, null, null, keyName, null);
    }

    /**
     * The deletion of team access token {@code tokenName} of team {@code teamId}, made for a block of
     * {@code build}: held like a block's key ({@link #ofKey}), deleted by its name (unique: the block made it).
     */
    public static PendingDeletion ofAccessToken(long teamId, String tokenName, String build, String folder, String credentialsId,
                                                Instant now) {
        return new PendingDeletion("", 0, tokenName, tokenName, build, folder, credentialsId,
                "access token of a block of " + build, now, 0, HELD, State.QUEUED, null, null, tokenName, teamId);
    }

    /** The queue's key: the deployment name for a preview, {@code <deployment>#<key name>} for a key. */
    public String queueKey() {
        if (tokenTeamId != null) {
            return queueKeyOfAccessToken(tokenTeamId, keyName);
        }
        return keyName == null ? deploymentName : queueKeyOfKey(deploymentName, keyName);
    }

    /** The queue's key of the deletion of access token {@code tokenName} of team {@code teamId} (no deployment name has a ':'). */
    public static String queueKeyOfAccessToken(long teamId, String tokenName) {
        return "access-token:" + teamId + "#" + tokenName;
    }

    /** The queue's key of the deletion of deploy key {@code keyName} of {@code deploymentName}. */
    public static String queueKeyOfKey(String deploymentName, String keyName) {
        return deploymentName + "#" + keyName;
    }

    /** The deletion of a block's deploy key. */
    public boolean isKeyDeletion() {
        return keyName != null && tokenTeamId == null;
    }

    /** The deletion of a block's team access token. */
    public boolean isAccessTokenDeletion() {
        return tokenTeamId != null;
    }

    /** The deletion of a credential a block made (a deploy key or an access token), held until its build is over. */
    public boolean isBlockCredentialDeletion() {
        return keyName != null;
    }

    /** A key deletion still waiting for its build to end. */
    public boolean isHeld() {
        return !nextAttemptAt.isBefore(HELD);
    }

    /** The same deletion carrying {@code sealed}, the embedder's encrypted copy of its credentials. */
    public PendingDeletion withSealedCredentials(String sealed) {
        return new PendingDeletion(deploymentName, projectId, identity, source, job, folder, credentialsId, reason,
                queuedAt, attempts, nextAttemptAt, state, lastError, sealed, keyName, tokenTeamId);
    }

    public boolean isDue(Instant now) {
        return !nextAttemptAt.isAfter(now);
    }

    /** Worth an administrator's attention: waiting for credentials, or failed often enough. */
    public boolean needsAttention() {
        return state == State.WAITING_FOR_CREDENTIALS || attempts >= RetrySchedule.FAILURES_BEFORE_ALERT;
    }

    PendingDeletion failed(Instant now, String error, RetrySchedule schedule) {
        int n = attempts + 1;
        return new PendingDeletion(deploymentName, projectId, identity, source, job, folder, credentialsId, reason,
                queuedAt, n, now.plus(schedule.delayAfter(n)), State.RETRYING, error, sealedCredentials, keyName, tokenTeamId);
    }

    PendingDeletion waitingForCredentials(Instant now, String why, RetrySchedule schedule) {
        return new PendingDeletion(deploymentName, projectId, identity, source, job, folder, credentialsId, reason,
                queuedAt, attempts, now.plus(schedule.credentialsRecheck()), State.WAITING_FOR_CREDENTIALS, why, sealedCredentials, keyName, tokenTeamId);
    }

    /** The same deletion, due now (an administrator asked for it again). */
    public PendingDeletion dueNow(Instant now) {
        return new PendingDeletion(deploymentName, projectId, identity, source, job, folder, credentialsId, reason,
                queuedAt, attempts, now, state, lastError, sealedCredentials, keyName, tokenTeamId);
    }
}
