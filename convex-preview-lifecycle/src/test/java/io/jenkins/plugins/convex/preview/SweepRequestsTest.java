package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.emulator.RecordedRequest;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.sweep.SweepEvent;
import io.jenkins.plugins.convex.preview.sweep.SweepItem;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a sweep sends, on both dialects: one listDeployments per project, whose listing is the
 * preview guard, then one deleteDeployment per preview still there (no getDeployment per preview).
 */
class SweepRequestsTest {

    ConvexEmulator emu;
    ConvexClient client;
    long projectId;
    final InMemoryPreviewStore store = new InMemoryPreviewStore();
    PreviewLifecycle lifecycle;
    final List<SweepEvent> events = Collections.synchronizedList(new ArrayList<>());

    void start(EmulatorDialect dialect) {
        emu = ConvexEmulator.builder().port(0).dialect(dialect).build();
        emu.start();
        client = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken()))
                .dialect(dialect == EmulatorDialect.PLATFORM ? ApiDialect.PLATFORM : ApiDialect.SPEC)
                .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(20), Duration.ofMillis(100)))
                .build();
        projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("shop")).id();
        lifecycle = PreviewLifecycle.builder(client, store).locator(PreviewLocators.forClient(client, null)).build();
    }

    @AfterEach
    void stop() {
        if (emu != null) {
            emu.close();
        }
    }

    private List<String> previews(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, PreviewIdentity.ofBranch("branch-" + i)).build()).name());
        }
        return names;
    }

    /** A deployment of any type, recorded in the store as the preview of {@code branch}. */
    private void recordAsPreview(String branch, String deploymentName) {
        PreviewIdentity id = PreviewIdentity.ofBranch(branch);
        Claim.Reserved r = (Claim.Reserved) store.claim(new ClaimRequest(new PreviewKey(projectId, id), "t", Duration.ofMinutes(5), null));
        store.complete(r.reservation(), new PreviewRecord(projectId, id, branch, deploymentName, Instant.now(), "t", Map.of()));
    }

    private SweepReport sweepAll() {
        return lifecycle.sweep(SweepRequest.builder(projectId).keepBranches(List.of()).build(), events::add);
    }

    private long sent(Predicate<RecordedRequest> which) {
        return emu.requests().stream().filter(which).count();
    }

    private static boolean isList(RecordedRequest r) {
        return r.method().equals("GET") && (r.path().endsWith("/deployments/list") || r.path().endsWith("/list_deployments"));
    }

    private static boolean isDelete(RecordedRequest r) {
        return r.method().equals("POST") && r.path().endsWith("/delete");
    }

    private static boolean isDeleteOf(RecordedRequest r, String name) {
        return isDelete(r) && r.path().endsWith("/deployments/" + name + "/delete");
    }

    private boolean exists(String name) {
        try {
            client.getDeployment(name);
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private void fault(String json) {
        String admin = emu.baseUrl().replaceFirst("/v1$", "") + "/_emulator/faults";
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(admin))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(2, r.statusCode() / 100, "fault refused: " + r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aSweepSendsOneListThenOneDeletePerPreviewAndNothingElse(EmulatorDialect dialect) {
        start(dialect);
        List<String> names = previews(5);
        emu.clearRequests();

        SweepReport report = sweepAll();

        assertEquals(5, report.deleted().size());
        assertEquals(1, sent(SweepRequestsTest::isList), () -> "requests: " + emu.requests());
        assertEquals(5, sent(SweepRequestsTest::isDelete), () -> "requests: " + emu.requests());
        assertEquals(6, emu.requests().size(), () -> "requests: " + emu.requests());
        assertTrue(names.stream().noneMatch(this::exists));
        assertTrue(store.list(projectId).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aNonPreviewDeploymentRecordedInTheStoreIsNeverDeletedBySweep(EmulatorDialect dialect) {
        start(dialect);
        Deployment dev = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.DEV, Region.AWS_US_EAST_1, null));
        recordAsPreview("mislabelled", dev.name());
        String preview = previews(1).get(0);
        emu.clearRequests();

        SweepReport report = sweepAll();

        assertEquals(List.of("mislabelled"), report.failed().stream().map(SweepItem::identity).toList());
        assertTrue(report.failed().get(0).note().contains("refusing to delete deployment " + dev.name() + " of type 'dev'"),
                report.failed().get(0).note());
        assertEquals(0, sent(r -> isDeleteOf(r, dev.name())), () -> "requests: " + emu.requests());
        assertTrue(exists(dev.name()));
        assertTrue(store.find(projectId, PreviewIdentity.ofBranch("mislabelled")).isPresent(), "its record stays");
        // The preview beside it still went, with the same single listing.
        assertFalse(exists(preview));
        assertEquals(1, sent(SweepRequestsTest::isList), () -> "requests: " + emu.requests());
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aStoredPreviewGoneFromTheServerIsReportedAlreadyGoneAndNoDeleteIsSent(EmulatorDialect dialect) {
        start(dialect);
        String gone = previews(1).get(0);
        client.deleteDeployment(gone);
        emu.clearRequests();

        SweepReport report = sweepAll();

        assertEquals(List.of(gone), report.deleted().stream().map(SweepItem::deploymentName).toList());
        assertEquals("already gone", report.deleted().get(0).note());
        assertEquals(List.of(SweepEvent.Outcome.ALREADY_GONE), events.stream().map(SweepEvent::outcome).toList());
        assertEquals(0, sent(SweepRequestsTest::isDelete), () -> "requests: " + emu.requests());
        assertEquals(1, sent(SweepRequestsTest::isList), () -> "requests: " + emu.requests());
        assertEquals(1, emu.requests().size(), () -> "requests: " + emu.requests());
        assertTrue(store.list(projectId).isEmpty(), "its record is removed");
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aPreviewDeletedBetweenTheListingAndItsDeleteCountsAsAlreadyGone(EmulatorDialect dialect) {
        start(dialect);
        String name = previews(1).get(0);
        // The server answers the delete 404, as it would had someone deleted the preview after the listing.
        fault("{\"method\":\"POST\",\"path_regex\":\"/deployments/" + name + "/delete$\",\"status\":404,\"times\":1}");

        SweepReport report = sweepAll();

        assertEquals(List.of("already gone"), report.deleted().stream().map(SweepItem::note).toList());
        assertFalse(report.hasFailures());
        assertTrue(store.list(projectId).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aProjectThatCannotBeListedIsSweptWithTheGuardPerPreviewAndListedOnlyOnce(EmulatorDialect dialect) {
        start(dialect);
        List<String> names = previews(3);
        fault("{\"method\":\"GET\",\"path_regex\":\"/projects/" + projectId + "/(deployments/list|list_deployments)$\",\"status\":403,\"times\":-1}");
        emu.clearRequests();

        // Every project the store knows: a project the credentials cannot list keeps the store's view.
        SweepReport report = lifecycle.sweep(SweepRequest.builderForAllProjects().keepBranches(List.of()).build(), null);

        assertEquals(3, report.deleted().size(), () -> "failed: " + report.failed());
        assertEquals(1, sent(SweepRequestsTest::isList), () -> "requests: " + emu.requests());
        assertEquals(3, sent(r -> r.method().equals("GET") && r.path().matches("(/v1)?/deployments/[^/]+")), () -> "requests: " + emu.requests());
        assertEquals(3, sent(SweepRequestsTest::isDelete), () -> "requests: " + emu.requests());
        assertTrue(names.stream().noneMatch(this::exists));
    }
}
