package io.jenkins.plugins.convex.preview.sweep;

import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Selects a project's stored previews to delete and deletes them with bounded concurrency. A 429
 * that outlived the client's own retries pauses every worker for its Retry-After and the deletion
 * is tried again; any other failure is reported and the rest go on.
 */
public final class PreviewSweeper {

    /** One guarded deletion (server first, then the store entry). */
    @FunctionalInterface
    public interface Deletion {
        /** Deletes the record's deployment; true if the server no longer had it. Throws on failure. */
        boolean delete(PreviewRecord record);
    }

    /** How often one deletion is retried after a 429, and how long to wait when no Retry-After came. */
    public static final int MAX_RATE_LIMIT_RETRIES = 8;
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final Clock clock;

    public PreviewSweeper(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SweepReport sweep(SweepRequest request, List<PreviewRecord> records, Deletion deletion, SweepListener listener) {
        Set<PreviewIdentity> keep = request.keptIdentities();
        Set<PreviewIdentity> keepBranches = request.keptBranches();
        Instant now = clock.instant();
        List<PreviewRecord> candidates = new ArrayList<>();
        List<SweepItem> kept = new ArrayList<>();
        for (PreviewRecord r : records) {
            if (!request.allProjects() && r.projectId() != request.projectId()) {
                continue;
            }
            if (request.keeps(r, keep, keepBranches)) {
                kept.add(SweepItem.of(r, "branch kept"));
            } else if (request.olderThan() != null && r.createdAt().plus(request.olderThan()).isAfter(now)) {
                kept.add(SweepItem.of(r, "younger than " + OlderThan.format(request.olderThan())));
            } else {
                candidates.add(r);
            }
        }
        candidates.sort(Comparator.comparing(PreviewRecord::identity));
        Progress progress = new Progress(listener == null ? SweepListener.NONE : listener, candidates.size());
        if (request.dryRun()) {
            for (PreviewRecord r : candidates) {
                progress.report(SweepEvent.Outcome.WOULD_DELETE, SweepItem.of(r, null));
            }
        } else {
            deleteAll(candidates, deletion, request.concurrency(), progress);
        }
        return new SweepReport(request.projectId(), request.dryRun(), progress.deleted(), progress.failed(), kept);
    }

    private static void deleteAll(List<PreviewRecord> candidates, Deletion deletion, int concurrency, Progress progress) {
        if (candidates.isEmpty()) {
            return;
        }
        RateLimitGate gate = new RateLimitGate();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, candidates.size()), workerThreads());
        try {
            for (PreviewRecord r : candidates) {
                pool.execute(() -> deleteOne(r, deletion, gate, progress));
            }
        } finally {
            pool.shutdown();
        }
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // Deletions are bounded by the client's timeouts and our retry cap; keep waiting.
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteOne(PreviewRecord r, Deletion deletion, RateLimitGate gate, Progress progress) {
        int rateLimited = 0;
        while (true) {
            try {
                gate.awaitOpen();
                boolean alreadyGone = deletion.delete(r);
                progress.report(alreadyGone ? SweepEvent.Outcome.ALREADY_GONE : SweepEvent.Outcome.DELETED,
                        SweepItem.of(r, alreadyGone ? "already gone" : null));
                return;
            } catch (RateLimitedException e) {
                if (++rateLimited > MAX_RATE_LIMIT_RETRIES) {
                    progress.report(SweepEvent.Outcome.FAILED, SweepItem.of(r, e.getMessage()));
                    return;
                }
                gate.closeFor(retryAfter(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress.report(SweepEvent.Outcome.FAILED, SweepItem.of(r, "interrupted"));
                return;
            } catch (RuntimeException e) {
                progress.report(SweepEvent.Outcome.FAILED, SweepItem.of(r, e.getMessage()));
                return;
            }
        }
    }

    private static Duration retryAfter(RateLimitedException e) {
        Duration d = e.retryAfter();
        if (d == null || d.isNegative() || d.isZero()) {
            return DEFAULT_RETRY_AFTER;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "convex-preview-sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Collects outcomes and tells the listener, one call at a time. */
    private static final class Progress {
        private final SweepListener listener;
        private final int total;
        private final List<SweepItem> deleted = new ArrayList<>();
        private final List<SweepItem> failed = new ArrayList<>();

        Progress(SweepListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        synchronized void report(SweepEvent.Outcome outcome, SweepItem item) {
            (outcome == SweepEvent.Outcome.FAILED ? failed : deleted).add(item);
            try {
                listener.onDeletion(new SweepEvent(outcome, item, deleted.size() + failed.size(), total));
            } catch (RuntimeException ignored) {
                // A broken listener must not turn a done deletion into a failure.
            }
        }

        synchronized List<SweepItem> deleted() {
            return sorted(deleted);
        }

        synchronized List<SweepItem> failed() {
            return sorted(failed);
        }

        private static List<SweepItem> sorted(List<SweepItem> items) {
            List<SweepItem> copy = new ArrayList<>(items);
            copy.sort(Comparator.comparing(SweepItem::identity));
            return copy;
        }
    }
}
