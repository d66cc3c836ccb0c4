package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On the spec dialect the server cannot tell a preview's identity: list and sweep see the store only, as before. */
class SpecDialectPreviewsTest {

    final EmulatorFixture emu = new EmulatorFixture();

    @AfterEach
    void stop() {
        emu.close();
    }

    private PreviewLifecycle machine() {
        return PreviewLifecycle.builder(emu.client, new InMemoryPreviewStore()).locator(PreviewLocators.forClient(emu.client, null)).build();
    }

    @Test
    void aPreviewMadeWithAnotherStoreIsNotListed() {
        machine().createOrReuse(CreatePreviewRequest.builder(emu.projectId, PreviewIdentity.ofBranch("feature/login")).build());
        emu.client.createCloudDeployment(emu.projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));

        assertTrue(machine().list(emu.projectId).isEmpty());
    }

    @Test
    void aSweepWithAnEmptyStoreDeletesNothingAndSendsOnlyTheListingThatChecksTheToken() {
        machine().createOrReuse(CreatePreviewRequest.builder(emu.projectId, PreviewIdentity.ofBranch("feature/login")).build());
        emu.emulator.clearRequests();

        SweepReport report = machine().sweep(SweepRequest.builder(emu.projectId).keepBranches(List.of()).build(), null);

        assertTrue(report.deleted().isEmpty());
        assertEquals(1, emu.emulator.requests().size(), () -> "requests: " + emu.emulator.requests());
        assertEquals("GET", emu.emulator.requests().get(0).method());
        assertTrue(emu.emulator.requests().get(0).path().endsWith("/deployments/list"), () -> "requests: " + emu.emulator.requests());
        assertEquals(1, emu.client.listDeployments(emu.projectId).size());
    }
}
