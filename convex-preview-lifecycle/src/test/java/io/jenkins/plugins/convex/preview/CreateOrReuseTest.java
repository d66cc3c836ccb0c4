package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateOrReuseTest {

    static final String CREATE = "/deployments/create_cloud$";
    static final PreviewIdentity LOGIN = PreviewIdentity.ofBranch("feature/login");

    final EmulatorFixture emu = new EmulatorFixture();
    final InMemoryPreviewStore store = new InMemoryPreviewStore();
    final PreviewLifecycle lifecycle = PreviewLifecycle.builder(emu.client, store).build();

    @AfterEach
    void stop() {
        emu.close();
    }

    CreatePreviewRequest.Builder request(PreviewIdentity id) {
        return CreatePreviewRequest.builder(emu.projectId, id).creator("job/shop/feature-login");
    }

    @Test
    void firstCreateMakesAPreviewDeploymentInTheDefaultRegion() {
        PreviewResult r = lifecycle.createOrReuse(request(LOGIN).build());
        assertTrue(r.created());
        assertEquals("preview", r.deploymentType());
        assertEquals("aws-us-east-1", r.region());
        assertEquals("preview", emu.client.getDeployment(r.name()).deploymentType());
    }

    @Test
    void createRecordsTheMappingWithCreatorSourceAndAttributes() {
        PreviewIdentity id = PreviewIdentity.ofBranch("refs/heads/feature/login");
        PreviewResult r = lifecycle.createOrReuse(request(id).attribute("credentialsId", "convex-token").build());
        PreviewRecord record = store.find(emu.projectId, LOGIN).orElseThrow();
        assertEquals(r.name(), record.deploymentName());
        assertEquals("refs/heads/feature/login", record.source());
        assertEquals("job/shop/feature-login", record.creator());
        assertEquals(Map.of("credentialsId", "convex-token"), record.attributes());
    }

    @Test
    void secondCreateReusesTheLivePreviewWithoutCreating() {
        PreviewResult first = lifecycle.createOrReuse(request(LOGIN).build());
        PreviewResult second = lifecycle.createOrReuse(request(LOGIN).build());
        assertFalse(second.created());
        assertEquals(first.name(), second.name());
        assertEquals(1, emu.count("POST", CREATE));
    }

    @Test
    void reuseIsCheckedOnTheServerAndAGoneDeploymentIsRecreatedAndItsRecordReplaced() {
        PreviewResult first = lifecycle.createOrReuse(request(LOGIN).build());
        emu.client.deleteDeployment(first.name());
        PreviewResult second = lifecycle.createOrReuse(request(LOGIN).build());
        assertTrue(second.created());
        assertNotEquals(first.name(), second.name());
        assertEquals(second.name(), store.find(emu.projectId, LOGIN).orElseThrow().deploymentName());
    }

    @Test
    void recreateDeletesTheOldDeploymentThenCreatesANewOne() {
        PreviewResult first = lifecycle.createOrReuse(request(LOGIN).build());
        PreviewResult second = lifecycle.createOrReuse(request(LOGIN).recreate(true).build());
        assertTrue(second.created());
        assertNotEquals(first.name(), second.name());
        assertThrows(NotFoundException.class, () -> emu.client.getDeployment(first.name()));
        assertEquals(second.name(), store.find(emu.projectId, LOGIN).orElseThrow().deploymentName());
    }

    @Test
    void recreateOfAnIdentityWithoutPreviewSimplyCreates() {
        assertTrue(lifecycle.createOrReuse(request(LOGIN).recreate(true).build()).created());
    }

    @Test
    void regionAndClassAreThoseAsked() {
        PreviewResult r = lifecycle.createOrReuse(request(LOGIN).region(Region.AWS_EU_WEST_1).deploymentClass(DeploymentClass.S256).build());
        assertEquals("aws-eu-west-1", r.region());
        assertEquals("s256", r.deploymentClass());
    }

    @Test
    void distinctIdentitiesGetDistinctPreviews() {
        PreviewResult auth = lifecycle.createOrReuse(request(PreviewIdentity.ofBranch("fix/auth")).build());
        PreviewResult auth2 = lifecycle.createOrReuse(request(PreviewIdentity.ofBranch("fix/auth-2")).build());
        assertNotEquals(auth.name(), auth2.name());
    }

    @Test
    void concurrentCreatesOfOneIdentityMakeExactlyOneDeployment() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PreviewResult>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<PreviewResult> task = () -> {
                start.await();
                return lifecycle.createOrReuse(request(LOGIN).build());
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<PreviewResult> done = new ArrayList<>();
        for (Future<PreviewResult> f : results) {
            done.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, emu.count("POST", CREATE));
        assertEquals(1, done.stream().map(PreviewResult::name).distinct().count());
        assertEquals(1, done.stream().filter(PreviewResult::created).count());
    }

    @Test
    void reservationOfACrashedCreatorIsTakenOverAfterTheTimeout() {
        store.claim(new ClaimRequest(new PreviewKey(emu.projectId, LOGIN), "crashed-job", Duration.ofMinutes(5), null));
        PreviewLifecycle patient = PreviewLifecycle.builder(emu.client, store)
                .staleAfter(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(20)).build();
        PreviewResult r = patient.createOrReuse(request(LOGIN).build());
        assertTrue(r.created());
        assertEquals(r.name(), store.find(emu.projectId, LOGIN).orElseThrow().deploymentName());
    }

    @Test
    void slowCreatorWhoseReservationWasTakenOverDeletesWhatItMadeAndReusesTheWinner() throws Exception {
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"create_cloud\",\"delay_ms\":700,\"times\":2}");
        PreviewLifecycle hasty = PreviewLifecycle.builder(emu.client, store)
                .staleAfter(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(20)).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<PreviewResult> slow = pool.submit(() -> lifecycle.createOrReuse(request(LOGIN).build()));
        // Start the taker only once the slow creator holds the reservation and its create is on the wire.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (emu.count("POST", CREATE) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, emu.count("POST", CREATE), "the slow creator's create never reached the server");
        Thread.sleep(150); // its reservation is now older than the hasty creator's 100 ms stale timeout
        Future<PreviewResult> taker = pool.submit(() -> hasty.createOrReuse(request(LOGIN).build()));
        PreviewResult slowResult = slow.get();
        PreviewResult takerResult = taker.get();
        pool.shutdown();

        assertEquals(2, emu.count("POST", CREATE));
        assertEquals(takerResult.name(), slowResult.name());
        assertTrue(takerResult.created());
        assertFalse(slowResult.created());
        assertEquals(takerResult.name(), store.find(emu.projectId, LOGIN).orElseThrow().deploymentName());
        assertEquals(1, emu.client.listDeployments(emu.projectId).stream().filter(d -> d.isPreview()).count());
    }

    @Test
    void waitingLongerThanTheClaimWaitFailsNamingTheHolder() {
        store.claim(new ClaimRequest(new PreviewKey(emu.projectId, LOGIN), "busy-job", Duration.ofMinutes(5), null));
        PreviewLifecycle impatient = PreviewLifecycle.builder(emu.client, store)
                .claimWait(Duration.ofMillis(200)).pollInterval(Duration.ofMillis(20)).build();
        PreviewBusyException e = assertThrows(PreviewBusyException.class, () -> impatient.createOrReuse(request(LOGIN).build()));
        assertTrue(e.getMessage().contains("busy-job"), e.getMessage());
        assertEquals(0, emu.count("POST", CREATE));
    }

    @Test
    void failedCreateReleasesTheReservationSoTheNextCreateProceeds() {
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"create_cloud\",\"status\":500,\"times\":1}");
        assertThrows(RuntimeException.class, () -> lifecycle.createOrReuse(request(LOGIN).build()));
        assertTrue(store.claim(new ClaimRequest(new PreviewKey(emu.projectId, LOGIN), "probe", Duration.ofMinutes(5), null))
                instanceof Claim.Reserved);
    }

    @Test
    void resultMapHasTheIssuesKeysInOrderWithoutAKeyUnlessAsked() {
        PreviewResult r = lifecycle.createOrReuse(request(LOGIN).build());
        Map<String, Object> m = r.toMap();
        assertEquals(List.of("identity", "projectId", "name", "url", "siteUrl", "dashboardUrl", "deploymentType",
                "region", "deploymentClass", "created"), new ArrayList<>(m.keySet()));
        assertEquals(emu.projectId, m.get("projectId"));
        assertEquals(Boolean.TRUE, m.get("created"));
        assertEquals("https://" + r.name() + ".convex.cloud", m.get("url"));
        assertEquals("https://" + r.name() + ".convex.site", m.get("siteUrl"));
        assertEquals("https://dashboard.convex.dev/d/" + r.name(), m.get("dashboardUrl"));
        assertFalse(r.toMap(true).containsKey("deployKey"));
    }
}
