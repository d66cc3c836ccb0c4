package io.jenkins.plugins.convex.cleanup;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Computer;
import hudson.security.ACL;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.cleanup.BranchJobState;
import io.jenkins.plugins.convex.preview.cleanup.DeletionAttempt;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletionProcessor;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletionQueue;
import io.jenkins.plugins.convex.preview.cleanup.PreviewOwnership;
import io.jenkins.plugins.convex.preview.cleanup.PreviewSharing;
import io.jenkins.plugins.convex.preview.cleanup.RetrySchedule;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.security.ImpersonatingExecutorService;
import jenkins.util.ErrorLoggingExecutorService;

/**
 * The plugin's side of cleanup: queues the deletions the lifecycle decides a gone job or branch owes
 * (durably, in {@code $JENKINS_HOME/convex-preview/pending-deletions.json}, on the caller's thread so
 * that nothing is lost if the controller stops), then works the queue in the background as the
 * system, as branch-api's workspace {@code Deleter} does. Everything else (which previews, the
 * guard, the credentials order, the retry schedule) is the lifecycle's.
 */
@Extension
public final class PreviewCleanup {

    private static final Logger LOGGER = Logger.getLogger(PreviewCleanup.class.getName());

    /**
     * Jenkins' shared pool, as the system, as branch-api's {@code Deleter} uses it. Concurrent runs are
     * harmless: the processor works one batch at a time and a deletion done by one is not due for the next.
     */
    private final ExecutorService worker = new ImpersonatingExecutorService(
            new ErrorLoggingExecutorService(Computer.threadPoolForRemoting), ACL.SYSTEM2);

    private volatile PendingDeletionProcessor processor;

    public static @NonNull PreviewCleanup get() {
        return ExtensionList.lookupSingleton(PreviewCleanup.class);
    }

    public @NonNull PendingDeletionQueue queue() {
        return new PendingDeletionQueue(queueFile());
    }

    static Path queueFile() {
        return Jenkins.get().getRootDir().toPath().resolve("convex-preview").resolve("pending-deletions.json");
    }

    /**
     * Queues the deletion of every preview created by {@code itemFullName} or a job inside it, if
     * {@code state} calls for it, and starts working the queue in the background.
     */
    public List<PendingDeletion> itemGone(@NonNull String itemFullName, @NonNull BranchJobState state) {
        if (!state.previewsShouldGo(ConvexGlobalConfiguration.get().isDeleteWhenBranchGone())) {
            return List.of();
        }
        JenkinsPreviewStore store = JenkinsPreviewStore.get();
        List<PreviewRecord> records = store.listAll();
        // A preview another job still uses (a shared namespace) passes to that job instead of going.
        for (PreviewRecord shared : PreviewOwnership.sharedBy(records, itemFullName, PreviewAttributes.USERS)) {
            if (PreviewSharing.release(store, shared, itemFullName, PreviewAttributes.USERS)) {
                LOGGER.info(() -> "Convex preview " + shared.deploymentName() + " stays: another job still uses it");
            }
        }
        List<PreviewRecord> owned = PreviewOwnership.ownedBy(records, itemFullName, PreviewAttributes.USERS);
        if (owned.isEmpty()) {
            return List.of();
        }
        List<PendingDeletion> added = queue().enqueueAll(PreviewOwnership.deletionsFor(owned, PreviewAttributes.CREDENTIALS_ID,
                state.reason(), Clock.systemUTC().instant()).stream().map(FolderCredentialsClientSource::seal).toList());
        if (!added.isEmpty()) {
            LOGGER.info(() -> "queued the deletion of " + added.size() + " Convex preview(s) of " + itemFullName + ": " + state.reason());
            processInBackground();
        }
        return added;
    }

    /**
     * Queues the deletion of {@code records} (ephemeral previews whose build is over) and works the queue
     * in the background; a failure is retried like any pending deletion.
     */
    public List<PendingDeletion> deleteLater(@NonNull List<PreviewRecord> records, @NonNull String reason) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<PendingDeletion> added = enqueue(records, reason);
        processInBackground();
        return added;
    }

    private List<PendingDeletion> enqueue(List<PreviewRecord> records, String reason) {
        return queue().enqueueAll(PreviewOwnership.deletionsFor(records, PreviewAttributes.CREDENTIALS_ID, reason, Clock.systemUTC().instant()));
    }

    /** Queues the deletion of a block's deploy key or access token, held until its build is over ({@link #releaseKeysOfFinishedBuilds}). */
    public void holdKeyDeletion(@NonNull PendingDeletion keyDeletion) {
        queue().enqueueAll(List.of(keyDeletion));
    }

    /** The block deleted its key itself: nothing is owed any more. */
    public void keyDeleted(@NonNull String queueKey) {
        queue().remove(queueKey);
    }

    /**
     * Makes a queued deletion due now and works the queue (a block could not delete its key or token, an
     * administrator asks again); later failures are retried with backoff. False when nothing is queued under that key.
     */
    public boolean retryNow(@NonNull String queueKey) {
        if (!queue().update(queueKey, d -> d.dueNow(Clock.systemUTC().instant()))) {
            return false;
        }
        processInBackground();
        return true;
    }

    /**
     * Makes due the held key deletions whose build is over ({@code buildOver} given the build's
     * externalizable id): a block cut off by a restart or an abort never deleted its key.
     */
    public void releaseKeysOfFinishedBuilds(@NonNull Predicate<String> buildOver) {
        PendingDeletionQueue queue = queue();
        boolean released = false;
        for (PendingDeletion d : queue.list()) {
            if (d.isBlockCredentialDeletion() && d.isHeld() && buildOver.test(d.job())) {
                released |= queue.update(d.queueKey(), current -> current.dueNow(Clock.systemUTC().instant()));
            }
        }
        if (released) {
            processInBackground();
        }
    }

    /** An administrator's delete from the previews page: queued, then worked at once in the background. */
    public boolean deleteFromPage(@NonNull String deploymentName, @NonNull String user) {
        // A stored preview is queued first; one already queued (its record gone) is simply tried now.
        JenkinsPreviewStore.get().findByDeploymentName(deploymentName)
                .ifPresent(record -> enqueue(List.of(record), "deleted from the previews page by " + user));
        return retryNow(deploymentName);
    }

    public Future<List<DeletionAttempt>> processInBackground() {
        // ErrorLoggingExecutorService logs what a Runnable throws; a Callable's failure would only sit in its Future.
        return worker.submit(() -> {
            try {
                return processNow();
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "the background deletion of Convex previews failed", e);
                throw e;
            }
        });
    }

    /** Works every due deletion now, on the calling thread (which must be the system's). */
    public List<DeletionAttempt> processNow() {
        List<DeletionAttempt> attempts = processor().processDue(ConvexGlobalConfiguration.get().getCredentialsId());
        for (DeletionAttempt a : attempts) {
            LOGGER.log(a.outcome() == DeletionAttempt.Outcome.FAILED || a.outcome() == DeletionAttempt.Outcome.WAITING_FOR_CREDENTIALS
                    ? Level.WARNING : Level.INFO, "[convex] {0}", a.toLine());
        }
        return attempts;
    }

    private PendingDeletionProcessor processor() {
        PendingDeletionProcessor p = processor;
        if (p == null) {
            synchronized (this) {
                p = processor;
                if (p == null) {
                    p = new PendingDeletionProcessor(queue(), JenkinsPreviewStore.get(), new FolderCredentialsClientSource(),
                            RetrySchedule.defaults(), Clock.systemUTC());
                    processor = p;
                }
            }
        }
        return p;
    }
}
