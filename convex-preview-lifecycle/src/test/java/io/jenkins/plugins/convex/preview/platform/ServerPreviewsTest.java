package io.jenkins.plugins.convex.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.PreviewStatus;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.MutableClock;
import io.jenkins.plugins.convex.preview.sweep.SweepItem;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the live service's dialect the previews of a project are on the server (reference
 * {@code preview/<identity>}): a machine whose store never saw a preview lists it and sweeps it.
 */
class ServerPreviewsTest {

    ConvexEmulator emu;
    ConvexClient client;
    long projectId;
    final PreviewIdentity login = PreviewIdentity.ofBranch("feature/login");

    @BeforeEach
    void start() {
        emu = ConvexEmulator.builder().port(0).dialect(EmulatorDialect.PLATFORM).build();
        emu.start();
        client = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken())).dialect(ApiDialect.PLATFORM).build();
        projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("shop")).id();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    /** A machine of its own: its own (empty) store and clock. */
    private PreviewLifecycle machine(Clock clock) {
        return PreviewLifecycle.builder(client, new InMemoryPreviewStore()).locator(PreviewLocators.forClient(client, null)).clock(clock).build();
    }

    private PreviewLifecycle machine() {
        return machine(Clock.systemUTC());
    }

    private PreviewResult createOn(PreviewLifecycle machine, String branch) {
        return machine.createOrReuse(CreatePreviewRequest.builder(projectId, PreviewIdentity.ofBranch(branch)).build());
    }

    private boolean exists(String name) {
        try {
            client.getDeployment(name);
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    @Test
    void aPreviewMadeOnAnotherMachineIsListedByAMachineWithAnEmptyStore() {
        PreviewResult onA = createOn(machine(), "feature/login");

        List<PreviewStatus> onB = machine().list(projectId);

        assertEquals(1, onB.size());
        PreviewStatus row = onB.get(0);
        assertEquals(login, row.record().identity());
        assertEquals(onA.name(), row.record().deploymentName());
        assertTrue(row.existsOnServer());
        assertFalse(row.stored());
        assertEquals(Boolean.FALSE, row.toMap().get("stored"));
        assertEquals(client.getDeployment(onA.name()).createTime(), row.record().createdAt());
    }

    @Test
    void aStoredPreviewIsListedOnceAsStored() {
        PreviewLifecycle a = machine();
        createOn(a, "feature/login");

        List<PreviewStatus> rows = a.list(projectId);

        assertEquals(1, rows.size());
        assertTrue(rows.get(0).stored());
        assertTrue(rows.get(0).existsOnServer());
    }

    @Test
    void aStoredRecordWhoseDeploymentIsGoneStaysListedAsNotExisting() {
        PreviewLifecycle a = machine();
        PreviewResult r = createOn(a, "feature/login");
        client.deleteDeployment(r.name());

        List<PreviewStatus> rows = a.list(projectId);

        assertEquals(1, rows.size());
        assertTrue(rows.get(0).stored());
        assertFalse(rows.get(0).existsOnServer());
    }

    @Test
    void storedAndServerOnlyPreviewsAreListedTogetherOneRowPerDeployment() {
        PreviewLifecycle a = machine();
        PreviewLifecycle b = machine();
        createOn(a, "feature/login");
        createOn(b, "fix/auth");

        List<PreviewStatus> rowsOfA = a.list(projectId);

        assertEquals(List.of("feature/login", "fix/auth"), rowsOfA.stream().map(s -> s.record().identity().value()).toList());
        assertEquals(List.of(true, false), rowsOfA.stream().map(PreviewStatus::stored).toList());
    }

    @Test
    void deploymentsWithoutOneOfOurPreviewReferencesAreNotListed() {
        // Created without a reference, a preview gets one made up from its name: not an identity of ours.
        String unnamed = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
        assertEquals("preview/" + unnamed, client.getDeployment(unnamed).reference());
        client.createCloudDeployment(projectId,
                new CreateCloudDeploymentRequest(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null, "qa/nightly", null));
        client.createCloudDeployment(projectId,
                new CreateCloudDeploymentRequest(DeploymentType.DEV, Region.AWS_US_EAST_1, null, "preview/not-a-preview", null));

        assertTrue(machine().list(projectId).isEmpty());
    }

    @Test
    void aMachineWithAnEmptyStoreSweepsAPreviewMadeElsewhere() {
        PreviewResult onA = createOn(machine(), "feature/login");

        SweepReport report = machine().sweep(SweepRequest.builder(projectId).keepBranches(List.of("main")).build(), null);

        assertEquals(List.of(onA.name()), report.deleted().stream().map(SweepItem::deploymentName).toList());
        assertEquals(List.of("feature/login"), report.deleted().stream().map(SweepItem::identity).toList());
        assertFalse(exists(onA.name()));
    }

    @Test
    void keepBranchesKeepsAPreviewOnlyTheServerKnows() {
        PreviewResult onA = createOn(machine(), "feature/login");

        SweepReport report = machine().sweep(SweepRequest.builder(projectId).keepBranches(List.of("feature/login")).build(), null);

        assertTrue(report.deleted().isEmpty());
        assertEquals("branch kept", report.kept().get(0).note());
        assertTrue(exists(onA.name()));
    }

    @Test
    void olderThanJudgesAServerOnlyPreviewByTheServersCreationTime() {
        PreviewResult onA = createOn(machine(), "feature/login");
        // Machine B's clock is two days ahead of the server's: the preview is two days old to it.
        MutableClock twoDaysLater = new MutableClock(Instant.now().plus(Duration.ofDays(2)));

        SweepReport keptAt3d = machine(twoDaysLater).sweep(SweepRequest.builder(projectId).olderThan("3d").build(), null);
        assertTrue(keptAt3d.deleted().isEmpty());
        assertEquals("younger than 3d", keptAt3d.kept().get(0).note());
        assertTrue(exists(onA.name()));

        SweepReport goneAt1d = machine(twoDaysLater).sweep(SweepRequest.builder(projectId).olderThan("1d").build(), null);
        assertEquals(1, goneAt1d.deleted().size());
        assertFalse(exists(onA.name()));
    }

    @Test
    void aDryRunListsAServerOnlyPreviewAndDeletesNothing() {
        PreviewResult onA = createOn(machine(), "feature/login");

        SweepReport report = machine().sweep(SweepRequest.builder(projectId).keepBranches(List.of()).dryRun(true).build(), null);

        assertEquals(List.of(onA.name()), report.deleted().stream().map(SweepItem::deploymentName).toList());
        assertTrue(exists(onA.name()));
    }

    @Test
    void aSweepOfEveryProjectAlsoSeesTheServerOnlyPreviewsOfTheProjectsTheStoreKnows() {
        PreviewLifecycle a = machine();
        PreviewResult stored = createOn(a, "main");
        PreviewResult elsewhere = createOn(machine(), "feature/login");

        SweepReport report = a.sweep(SweepRequest.builderForAllProjects().keepBranches(List.of("main")).build(), null);

        assertEquals(List.of(elsewhere.name()), report.deleted().stream().map(SweepItem::deploymentName).toList());
        assertTrue(exists(stored.name()));
        assertFalse(exists(elsewhere.name()));
    }
}
