package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Records which deployment is an identity's preview. Implementations: {@link FilePreviewStore}
 * (the command line), {@link InMemoryPreviewStore} (tests, embedding), a Jenkins-backed one in the
 * plugin. {@link TransactionalPreviewStore} implements every rule over a load-modify-save
 * transaction, so a new backend only supplies that transaction.
 *
 * <p>Concurrency contract: {@link #claim}, {@link #complete}, {@link #release} and {@link #remove}
 * are each atomic (across threads and, for a shared backend, across processes). With it, two
 * concurrent creates of one identity make exactly one deployment: one caller gets
 * {@link Claim.Reserved}, the others {@link Claim.Busy} until it completes (then
 * {@link Claim.Existing}), releases, or goes stale and is taken over. A taken-over holder's
 * {@link #complete} returns false, so it can delete what it made.
 *
 * <p>Never stores deploy keys or tokens. Records with a reservation in progress are not listed.
 */
public interface PreviewStore {

    /** Atomically: the identity's record, or a reservation to create it, or who holds it now. */
    Claim claim(ClaimRequest request);

    /**
     * Atomically replaces {@code reservation} by {@code record} (same key). False, and nothing
     * changes, when the reservation is no longer held (taken over after going stale).
     */
    boolean complete(Reservation reservation, PreviewRecord record);

    /** Gives a reservation up (creation failed); no effect when it is no longer held. */
    void release(Reservation reservation);

    Optional<PreviewRecord> find(long projectId, PreviewIdentity identity);

    /** The record naming this deployment, if any (deployment names are unique on the server). */
    Optional<PreviewRecord> findByDeploymentName(String deploymentName);

    /** The records of one project, ordered by identity. */
    List<PreviewRecord> list(long projectId);

    /** Every record, ordered by project then identity. */
    List<PreviewRecord> listAll();

    /** The records whose {@link PreviewRecord#creator()} equals {@code creator} (the plugin's cleanup by job). */
    List<PreviewRecord> listByCreator(String creator);

    /**
     * Removes the identity's record if it still names {@code deploymentName}. Call only after the
     * server confirmed the deployment deleted (or gone). False when there was no such record (a
     * concurrent recreate may have replaced it: the new one stays).
     */
    boolean remove(long projectId, PreviewIdentity identity, String deploymentName);

    /**
     * Atomically rewrites the record of {@code key} with {@code change} if it still names
     * {@code deploymentName} and no reservation is in progress for it (a recreate would replace it).
     * The change must keep the key and the deployment. False when nothing was rewritten.
     */
    boolean update(PreviewKey key, String deploymentName, UnaryOperator<PreviewRecord> change);
}
