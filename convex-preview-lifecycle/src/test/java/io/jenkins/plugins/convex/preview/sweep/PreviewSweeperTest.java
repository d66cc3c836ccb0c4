package io.jenkins.plugins.convex.preview.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sweeper's own rules, with deletions that fail on purpose (no server needed to show them). */
class PreviewSweeperTest {

    final PreviewSweeper sweeper = new PreviewSweeper(Clock.systemUTC());

    static List<PreviewRecord> records(int n) {
        List<PreviewRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PreviewIdentity id = PreviewIdentity.ofBranch("b-" + i);
            out.add(new PreviewRecord(1L, id, id.value(), "dep-" + i, Instant.now(), "t", Map.of()));
        }
        return out;
    }

    @Test
    void rateLimitedDeletionWaitsForRetryAfterAndIsTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        long start = System.nanoTime();
        SweepReport report = sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of()).build(), records(1), r -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new RateLimitedException("deleteDeployment", null, "slow down", null, Duration.ofMillis(300));
            }
            return false;
        }, null);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(3, attempts.get());
        assertEquals(1, report.deleted().size());
        assertTrue(elapsedMs >= 600, "Retry-After not honoured: " + elapsedMs + " ms");
    }

    @Test
    void oneFailureDoesNotStopTheOthers() {
        SweepReport report = sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of()).build(), records(5), r -> {
            if (r.deploymentName().equals("dep-2")) {
                throw new IllegalStateException("boom");
            }
            return false;
        }, null);
        assertEquals(4, report.deleted().size());
        assertEquals(List.of("b-2"), report.failed().stream().map(SweepItem::identity).toList());
        assertEquals("boom", report.failed().get(0).note());
    }

    @Test
    void neverMoreDeletionsInFlightThanTheConcurrency() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of()).concurrency(3).build(), records(12), r -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return false;
        }, null);
        assertEquals(3, peak.get());
    }

    @Test
    void listenerHearsOneEventPerDeletionWithRunningCount() {
        Map<Integer, SweepEvent> byCount = new ConcurrentHashMap<>();
        sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of("b-0")).build(), records(4), r -> false,
                e -> byCount.put(e.completed(), e));
        assertEquals(3, byCount.size());
        assertTrue(byCount.values().stream().allMatch(e -> e.total() == 3));
        assertTrue(byCount.get(1).toLine().startsWith("[1/3] deleted preview b-"), byCount.get(1).toLine());
    }

    @Test
    void recordsOfOtherProjectsAreIgnored() {
        List<PreviewRecord> mixed = new ArrayList<>(records(2));
        PreviewIdentity other = PreviewIdentity.ofBranch("elsewhere");
        mixed.add(new PreviewRecord(2L, other, "elsewhere", "dep-x", Instant.now(), "t", Map.of()));
        SweepReport report = sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of()).build(), mixed, r -> false, null);
        assertEquals(2, report.deleted().size());
        assertTrue(report.kept().isEmpty());
    }

    static PreviewRecord made(String namespace, String branch, String deployment) {
        PreviewIdentity id = PreviewIdentity.ofBranch(branch, namespace);
        return new PreviewRecord(1L, id, branch, deployment, Instant.now(), namespace, Map.of());
    }

    @Test
    void withoutANamespaceAKeptBranchIsKeptWhicheverJobsNamespaceMadeIt() {
        List<PreviewRecord> records = List.of(made("shop", "main", "d1"), made("admin", "main", "d2"), made("shop", "feature/x", "d3"));
        List<String> deleted = new ArrayList<>();
        SweepReport report = sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of("main")).build(), records,
                r -> deleted.add(r.deploymentName()) && false, null);
        assertEquals(List.of("d3"), deleted);
        assertEquals(2, report.kept().size());
    }

    @Test
    void withANamespaceOnlyThatNamespacesBranchIsKept() {
        List<PreviewRecord> records = List.of(made("shop", "main", "d1"), made("admin", "main", "d2"));
        List<String> deleted = new ArrayList<>();
        sweeper.sweep(SweepRequest.builder(1).keepBranches(List.of("main")).namespace("shop").build(), records,
                r -> deleted.add(r.deploymentName()) && false, null);
        assertEquals(List.of("d2"), deleted);
    }
}
