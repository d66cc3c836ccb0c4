package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.preview.DeletePreviewRequest;
import io.jenkins.plugins.convex.preview.DeleteResult;
import io.jenkins.plugins.convex.preview.NotAPreviewDeploymentException;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.keys.BuildAccessTokens;
import io.jenkins.plugins.convex.preview.keys.BuildDeployKeys;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Works the {@link PendingDeletionQueue}: each due deletion goes through the lifecycle's guarded
 * delete by deployment name (a deployment that is not {@code preview} is never deleted; a preview
 * the store later gave to a new branch of the same name is another deployment and stays). The name
 * is the server's, so the deletion needs no store record (on the platform dialect the store is a
 * cache that may have lost it). The lifecycle uses the client's dialect's locator. Success
 * or "already gone" takes it off the queue; an API failure schedules the next try with the
 * {@link RetrySchedule}; no credentials leaves it waiting. One call at a time per processor.
 */
public final class PendingDeletionProcessor {

    /** Where clients come from: the embedding application's credentials lookup. */
    @FunctionalInterface
    public interface ClientSource {
        /**
         * A client authenticated with the credentials {@code choice} names, or empty when they cannot be
         * found there. Must not throw for missing credentials.
         */
        Optional<ConvexClient> clientFor(CredentialsChoice choice);
    }

    private final PendingDeletionQueue queue;
    private final PreviewStore store;
    private final ClientSource clients;
    private final RetrySchedule schedule;
    private final Clock clock;

    public PendingDeletionProcessor(PendingDeletionQueue queue, PreviewStore store, ClientSource clients,
                                    RetrySchedule schedule, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.store = Objects.requireNonNull(store, "store");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Tries every deletion due now; returns what happened to each. */
    public synchronized List<DeletionAttempt> processDue(String defaultCredentialsId) {
        List<DeletionAttempt> out = new ArrayList<>();
        for (PendingDeletion d : queue.due(clock.instant())) {
            out.add(attempt(d, defaultCredentialsId));
        }
        return out;
    }

    private DeletionAttempt attempt(PendingDeletion d, String defaultCredentialsId) {
        List<CredentialsChoice> candidates = CredentialsChoice.candidates(d, defaultCredentialsId);
        ConvexClient client = null;
        CredentialsChoice used = null;
        for (CredentialsChoice c : candidates) {
            Optional<ConvexClient> found = clients.clientFor(c);
            if (found.isPresent()) {
                client = found.get();
                used = c;
                break;
            }
        }
        if (client == null) {
            String why = candidates.isEmpty()
                    ? "no credentials recorded for the preview and no default credentials configured"
                    : "none of these could be found: " + String.join(", ", candidates.stream().map(CredentialsChoice::describe).toList());
            queue.update(d.queueKey(), current -> current.waitingForCredentials(clock.instant(), why, schedule));
            return new DeletionAttempt(d, DeletionAttempt.Outcome.WAITING_FOR_CREDENTIALS, why);
        }
        if (d.isAccessTokenDeletion()) {
            return deleteAccessToken(d, client, used);
        }
        if (d.isKeyDeletion()) {
            return deleteKey(d, client, used);
        }
        try {
            // The dialect's locator, as every lifecycle of the plugin uses (no expiry: a delete never extends one).
            DeleteResult result = PreviewLifecycle.builder(client, store).locator(PreviewLocators.forClient(client, null)).clock(clock).build()
                    .delete(d.projectId() > 0
                            ? DeletePreviewRequest.byDeploymentName(d.deploymentName()).inProject(d.projectId())
                            : DeletePreviewRequest.byDeploymentName(d.deploymentName()));
            queue.remove(d.queueKey());
            return new DeletionAttempt(d, result.alreadyGone() ? DeletionAttempt.Outcome.ALREADY_GONE : DeletionAttempt.Outcome.DELETED,
                    "with " + used.describe());
        } catch (NotAPreviewDeploymentException e) {
            queue.remove(d.queueKey());
            return new DeletionAttempt(d, DeletionAttempt.Outcome.REFUSED_NOT_A_PREVIEW, e.getMessage());
        } catch (RuntimeException e) {
            return failed(d, e);
        }
    }

    /** A deploy key made for a block: deleted by name; a key or deployment already gone counts as deleted. */
    private DeletionAttempt deleteKey(PendingDeletion d, ConvexClient client, CredentialsChoice used) {
        try {
            if (!new BuildDeployKeys(client).delete(d.deploymentName(), d.keyName())) {
                throw new IllegalStateException("the API dialect in use cannot delete deploy keys; the key stays valid until it expires");
            }
            queue.remove(d.queueKey());
            return new DeletionAttempt(d, DeletionAttempt.Outcome.DELETED, "with " + used.describe());
        } catch (RuntimeException e) {
            return failed(d, e);
        }
    }

    /** A team access token made for a block: deleted by its unique name; one already gone counts as deleted. */
    private DeletionAttempt deleteAccessToken(PendingDeletion d, ConvexClient client, CredentialsChoice used) {
        try {
            if (!new BuildAccessTokens(client).delete(d.tokenTeamId(), d.keyName())) {
                throw new IllegalStateException("the API dialect in use cannot delete access tokens");
            }
            queue.remove(d.queueKey());
            return new DeletionAttempt(d, DeletionAttempt.Outcome.DELETED, "with " + used.describe());
        } catch (RuntimeException e) {
            return failed(d, e);
        }
    }

    private DeletionAttempt failed(PendingDeletion d, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        queue.update(d.queueKey(), current -> current.failed(clock.instant(), error, schedule));
        return new DeletionAttempt(d, DeletionAttempt.Outcome.FAILED, error);
    }
}
