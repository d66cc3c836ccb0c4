package io.jenkins.plugins.convex.preview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link PreviewStore} obeys; each backend's test extends this. */
abstract class PreviewStoreContract {

    static final long PROJECT = 5_000_000_001L;
    static final Duration STALE = Duration.ofMinutes(5);
    static final PreviewIdentity LOGIN = PreviewIdentity.ofBranch("feature/login");

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    PreviewStore store;

    abstract PreviewStore newStore(MutableClock clock) throws Exception;

    @BeforeEach
    void createStore() throws Exception {
        store = newStore(clock);
    }

    static ClaimRequest claimOf(PreviewIdentity id, String holder) {
        return new ClaimRequest(new PreviewKey(PROJECT, id), holder, STALE, null);
    }

    PreviewRecord recordOf(PreviewIdentity id, String deployment, String creator) {
        return new PreviewRecord(PROJECT, id, id.source(), deployment, clock.instant(), creator, Map.of("credentialsId", "convex-token"));
    }

    PreviewRecord createThrough(PreviewIdentity id, String deployment, String creator) {
        Reservation r = ((Claim.Reserved) store.claim(claimOf(id, creator))).reservation();
        PreviewRecord record = recordOf(id, deployment, creator);
        assertTrue(store.complete(r, record));
        return record;
    }

    @Test
    void firstClaimOfAnIdentityReservesIt() {
        assertInstanceOf(Claim.Reserved.class, store.claim(claimOf(LOGIN, "a")));
    }

    @Test
    void claimWhileAnotherHoldsTheReservationIsBusyAndNamesTheHolder() {
        store.claim(claimOf(LOGIN, "job-a"));
        Claim second = store.claim(claimOf(LOGIN, "job-b"));
        assertEquals("job-a", assertInstanceOf(Claim.Busy.class, second).heldBy().holder());
    }

    @Test
    void completedReservationBecomesTheRecordOthersGet() {
        PreviewRecord record = createThrough(LOGIN, "happy-otter-123", "job-a");
        Claim next = store.claim(claimOf(LOGIN, "job-b"));
        assertEquals(record, assertInstanceOf(Claim.Existing.class, next).record());
        assertEquals(record, store.find(PROJECT, LOGIN).orElseThrow());
    }

    @Test
    void reservationInProgressIsNotListed() {
        store.claim(claimOf(LOGIN, "a"));
        assertTrue(store.list(PROJECT).isEmpty());
        assertTrue(store.find(PROJECT, LOGIN).isEmpty());
    }

    @Test
    void staleReservationIsTakenOverAndItsOldHolderCannotComplete() {
        Reservation crashed = ((Claim.Reserved) store.claim(claimOf(LOGIN, "crashed"))).reservation();
        clock.advance(STALE.plusSeconds(1));
        Reservation taker = assertInstanceOf(Claim.Reserved.class, store.claim(claimOf(LOGIN, "taker"))).reservation();
        assertNotEquals(crashed.token(), taker.token());
        assertFalse(store.complete(crashed, recordOf(LOGIN, "late-otter-1", "crashed")));
        assertTrue(store.complete(taker, recordOf(LOGIN, "fresh-otter-2", "taker")));
        assertEquals("fresh-otter-2", store.find(PROJECT, LOGIN).orElseThrow().deploymentName());
    }

    @Test
    void reservationYoungerThanTheTimeoutIsNotTakenOver() {
        store.claim(claimOf(LOGIN, "slow"));
        clock.advance(STALE.minusSeconds(1));
        assertInstanceOf(Claim.Busy.class, store.claim(claimOf(LOGIN, "other")));
    }

    @Test
    void releasedReservationLetsTheNextClaimReserve() {
        Reservation r = ((Claim.Reserved) store.claim(claimOf(LOGIN, "a"))).reservation();
        store.release(r);
        assertInstanceOf(Claim.Reserved.class, store.claim(claimOf(LOGIN, "b")));
    }

    @Test
    void claimReplacingTheCurrentDeploymentReservesItsReplacement() {
        createThrough(LOGIN, "gone-otter-1", "a");
        ClaimRequest replace = new ClaimRequest(new PreviewKey(PROJECT, LOGIN), "b", STALE, "gone-otter-1");
        Reservation r = assertInstanceOf(Claim.Reserved.class, store.claim(replace)).reservation();
        assertEquals("gone-otter-1", r.replacing());
    }

    @Test
    void claimReplacingAnOutdatedDeploymentGetsTheNewerRecord() {
        createThrough(LOGIN, "new-otter-2", "a");
        ClaimRequest replace = new ClaimRequest(new PreviewKey(PROJECT, LOGIN), "b", STALE, "old-otter-1");
        assertEquals("new-otter-2", assertInstanceOf(Claim.Existing.class, store.claim(replace)).record().deploymentName());
    }

    @Test
    void removeTakesOnlyTheRecordOfTheNamedDeployment() {
        createThrough(LOGIN, "new-otter-2", "a");
        assertFalse(store.remove(PROJECT, LOGIN, "old-otter-1"));
        assertTrue(store.find(PROJECT, LOGIN).isPresent());
        assertTrue(store.remove(PROJECT, LOGIN, "new-otter-2"));
        assertTrue(store.find(PROJECT, LOGIN).isEmpty());
    }

    @Test
    void recordsAreFoundByDeploymentNameAndCreatorAndListedInOrder() {
        createThrough(PreviewIdentity.ofBranch("b-branch"), "b-otter-2", "job/b");
        createThrough(PreviewIdentity.ofBranch("a-branch"), "a-otter-1", "job/a");
        createThrough(PreviewIdentity.ofPullRequest(3, null), "c-otter-3", "job/a");
        assertEquals("b-branch", store.findByDeploymentName("b-otter-2").orElseThrow().identity().value());
        assertEquals(List.of("a-branch", "pr-3"), store.listByCreator("job/a").stream().map(r -> r.identity().value()).toList());
        assertEquals(List.of("a-branch", "b-branch", "pr-3"), store.list(PROJECT).stream().map(r -> r.identity().value()).toList());
        assertEquals(3, store.listAll().size());
        assertTrue(store.list(PROJECT + 1).isEmpty());
    }

    @Test
    void attributesSurviveStoring() {
        createThrough(LOGIN, "happy-otter-123", "job/a");
        assertEquals(Map.of("credentialsId", "convex-token"), store.find(PROJECT, LOGIN).orElseThrow().attributes());
    }

    @Test
    void concurrentClaimsOfOneIdentityReserveItExactlyOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Claim>> claims = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String holder = "t" + i;
            Callable<Claim> task = () -> {
                start.await();
                return store.claim(claimOf(LOGIN, holder));
            };
            claims.add(pool.submit(task));
        }
        start.countDown();
        int reserved = 0;
        for (Future<Claim> f : claims) {
            if (f.get() instanceof Claim.Reserved) {
                reserved++;
            }
        }
        pool.shutdown();
        assertEquals(1, reserved);
    }
}
