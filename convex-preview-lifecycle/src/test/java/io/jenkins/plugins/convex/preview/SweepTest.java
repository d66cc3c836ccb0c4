package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.sweep.SweepEvent;
import io.jenkins.plugins.convex.preview.sweep.SweepItem;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SweepTest {

    final EmulatorFixture emu = new EmulatorFixture();
    final InMemoryPreviewStore store = new InMemoryPreviewStore();
    final PreviewLifecycle lifecycle = PreviewLifecycle.builder(emu.client, store).build();
    final List<SweepEvent> events = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        emu.close();
    }

    /** Creates previews named {@code branch-0..n-1}; returns identity to deployment name. */
    Map<String, String> previews(int n) {
        Map<String, String> made = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            PreviewIdentity id = PreviewIdentity.ofBranch("branch-" + i);
            made.put(id.value(), lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, id).build()).name());
        }
        return made;
    }

    /** A stored preview created {@code age} ago (the server's own time is now). */
    String storedPreview(String branch, Duration age) {
        PreviewIdentity id = PreviewIdentity.ofBranch(branch);
        Deployment d = emu.client.createCloudDeployment(emu.projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
        Claim.Reserved r = (Claim.Reserved) store.claim(new ClaimRequest(new PreviewKey(emu.projectId, id), "t", Duration.ofMinutes(5), null));
        store.complete(r.reservation(), new PreviewRecord(emu.projectId, id, branch, d.name(), Instant.now().minus(age), "t", Map.of()));
        return d.name();
    }

    boolean existsOnServer(String name) {
        try {
            emu.client.getDeployment(name);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static List<String> identities(List<SweepItem> items) {
        return items.stream().map(SweepItem::identity).toList();
    }

    @Test
    void previewsOfBranchesNotKeptAreDeletedAndKeptOnesStay() {
        Map<String, String> made = previews(4);
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId)
                .keepBranches(List.of("refs/heads/branch-0", "origin/branch-1")).build(), events::add);
        assertEquals(List.of("branch-2", "branch-3"), identities(report.deleted()));
        assertEquals(List.of("branch-0", "branch-1"), identities(report.kept()));
        assertTrue(existsOnServer(made.get("branch-0")) && existsOnServer(made.get("branch-1")));
        assertTrue(!existsOnServer(made.get("branch-2")) && !existsOnServer(made.get("branch-3")));
        assertEquals(List.of("branch-0", "branch-1"), store.list(emu.projectId).stream().map(r -> r.identity().value()).toList());
        assertEquals(2, events.size());
    }

    @Test
    void keepingABranchDoesNotKeepItsLookalike() {
        PreviewIdentity auth = PreviewIdentity.ofBranch("fix/auth");
        PreviewIdentity auth2 = PreviewIdentity.ofBranch("fix/auth-2");
        lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, auth).build());
        lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, auth2).build());
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId).keepBranches(List.of("fix/auth")).build(), null);
        assertEquals(List.of("fix/auth-2"), identities(report.deleted()));
        assertEquals(List.of("fix/auth"), identities(report.kept()));
    }

    @Test
    void olderThanDeletesOnlyPreviewsCreatedLongerAgo() {
        String old = storedPreview("old-branch", Duration.ofHours(3));
        String young = storedPreview("young-branch", Duration.ofMinutes(10));
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId).olderThan("2h").build(), null);
        assertEquals(List.of("old-branch"), identities(report.deleted()));
        assertEquals(List.of("young-branch"), identities(report.kept()));
        assertTrue(!existsOnServer(old) && existsOnServer(young));
    }

    @Test
    void withBothFiltersAKeptBranchStaysHoweverOld() {
        storedPreview("main", Duration.ofDays(30));
        storedPreview("stale", Duration.ofDays(30));
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId).keepBranches(List.of("main")).olderThan("7d").build(), null);
        assertEquals(List.of("stale"), identities(report.deleted()));
        assertEquals(List.of("main"), identities(report.kept()));
    }

    @Test
    void dryRunListsWhatWouldGoAndDeletesNothing() {
        Map<String, String> made = previews(3);
        emu.emulator.clearRequests();
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId).keepBranches(List.of("branch-0")).dryRun(true).build(), events::add);
        assertTrue(report.dryRun());
        assertEquals(List.of("branch-1", "branch-2"), identities(report.deleted()));
        assertTrue(events.stream().allMatch(e -> e.outcome() == SweepEvent.Outcome.WOULD_DELETE));
        assertEquals(0, emu.count("POST", "/delete$"));
        assertTrue(made.values().stream().allMatch(this::existsOnServer));
        assertEquals(3, store.list(emu.projectId).size());
    }

    @Test
    void sweepThatIsNotAPreviewIsReportedAsFailedAndLeftAlone() {
        Deployment prod = emu.client.createCloudDeployment(emu.projectId, CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null));
        PreviewIdentity id = PreviewIdentity.ofBranch("mislabelled");
        Claim.Reserved r = (Claim.Reserved) store.claim(new ClaimRequest(new PreviewKey(emu.projectId, id), "t", Duration.ofMinutes(5), null));
        store.complete(r.reservation(), new PreviewRecord(emu.projectId, id, "mislabelled", prod.name(), Instant.now(), "t", Map.of()));
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId).keepBranches(List.of()).build(), null);
        assertEquals(List.of("mislabelled"), identities(report.failed()));
        assertTrue(existsOnServer(prod.name()));
    }

    @Test
    void concurrencyBoundsDeletionsInFlight() {
        previews(6);
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"/delete$\",\"delay_ms\":200,\"times\":-1}");
        long start = System.nanoTime();
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId).keepBranches(List.of()).concurrency(2).build(), null);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(6, report.deleted().size());
        // Six 200 ms deletions two at a time cannot finish in under three rounds.
        assertTrue(elapsedMs >= 600, "took only " + elapsedMs + " ms");
    }

    @Test
    void sweepUnderRateLimitsAndServerErrorsDeletesEachOnceKeepsKeptAndReportsFailures() {
        Map<String, String> made = previews(12);
        String broken = made.get("branch-5");
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"/deployments/" + broken + "/delete$\",\"status\":500,\"times\":-1}");
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"/delete$\",\"status\":429,\"retry_after\":1,\"times\":7}");
        SweepReport report = lifecycle.sweep(SweepRequest.builder(emu.projectId)
                .keepBranches(List.of("branch-0", "Branch-1", "branch-1")).build(), events::add);

        assertEquals(List.of("branch-5"), identities(report.failed()));
        assertTrue(report.failed().get(0).note().contains("500"), report.failed().get(0).note());
        assertEquals(List.of("branch-0", "branch-1"), identities(report.kept()));
        assertEquals(9, report.deleted().size());
        // Each deletion reported once, and none found its deployment already gone: nothing deleted twice.
        assertEquals(10, events.size());
        assertEquals(10, events.stream().map(e -> e.item().deploymentName()).collect(Collectors.toSet()).size());
        assertTrue(events.stream().noneMatch(e -> e.outcome() == SweepEvent.Outcome.ALREADY_GONE));
        assertTrue(existsOnServer(made.get("branch-0")) && existsOnServer(made.get("branch-1")));
        assertTrue(existsOnServer(broken));
        assertEquals(List.of("branch-0", "branch-1", "branch-5"),
                store.list(emu.projectId).stream().map(r -> r.identity().value()).toList());
        // All seven 429s were answered, and the deletions they hit were retried until done.
        assertTrue(emu.count("POST", "/delete$") >= 10 + 7, "delete requests: " + emu.count("POST", "/delete$"));
        assertTrue(report.hasFailures());
        assertTrue(report.summary().contains("9 deleted, 1 failed, 2 kept"), report.summary());
    }

    @Test
    void sweepOfAllProjectsCoversEveryStoredPreview() {
        previews(2);
        long otherProject = emu.client.createProject(emu.emulator.defaultTeamId(),
                io.jenkins.plugins.convex.client.model.CreateProjectRequest.named("other")).id();
        lifecycle.createOrReuse(CreatePreviewRequest.builder(otherProject, PreviewIdentity.ofBranch("branch-0")).build());
        SweepReport report = lifecycle.sweep(SweepRequest.builderForAllProjects().keepBranches(List.of("branch-0")).build(), null);
        assertEquals(List.of("branch-1"), identities(report.deleted()));
        assertEquals(2, report.kept().size());
        assertTrue(report.summary().startsWith("swept every project"), report.summary());
    }

    @Test
    void sweepWithNeitherFilterIsRefusedBeforeAnyRequest() {
        emu.emulator.clearRequests();
        assertThrows(IllegalArgumentException.class, () -> SweepRequest.builder(emu.projectId).build());
        assertTrue(emu.emulator.requests().isEmpty());
    }
}
