package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.ServerErrorException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeleteTest {

    static final PreviewIdentity LOGIN = PreviewIdentity.ofBranch("feature/login");

    final EmulatorFixture emu = new EmulatorFixture();
    final InMemoryPreviewStore store = new InMemoryPreviewStore();
    final PreviewLifecycle lifecycle = PreviewLifecycle.builder(emu.client, store).build();

    @AfterEach
    void stop() {
        emu.close();
    }

    PreviewResult create() {
        return lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, LOGIN).build());
    }

    Deployment prod() {
        return emu.client.createCloudDeployment(emu.projectId, CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null));
    }

    @Test
    void deleteByIdentityDeletesTheDeploymentThenTheRecord() {
        PreviewResult r = create();
        DeleteResult d = lifecycle.delete(DeletePreviewRequest.byIdentity(emu.projectId, LOGIN));
        assertEquals(r.name(), d.deploymentName());
        assertFalse(d.alreadyGone());
        assertTrue(d.storeEntryRemoved());
        assertThrows(NotFoundException.class, () -> emu.client.getDeployment(r.name()));
        assertTrue(store.find(emu.projectId, LOGIN).isEmpty());
    }

    @Test
    void deleteByDeploymentNameAlsoRemovesTheRecordNamingIt() {
        PreviewResult r = create();
        DeleteResult d = lifecycle.delete(DeletePreviewRequest.byDeploymentName(r.name()));
        assertEquals("feature/login", d.identity());
        assertTrue(store.find(emu.projectId, LOGIN).isEmpty());
    }

    @Test
    void identityNotInTheStoreIsPreviewNotFound() {
        assertThrows(PreviewNotFoundException.class,
                () -> lifecycle.delete(DeletePreviewRequest.byIdentity(emu.projectId, PreviewIdentity.ofBranch("never-made"))));
    }

    @Test
    void productionDeploymentIsRefusedAndLeftAlone() {
        Deployment prod = prod();
        NotAPreviewDeploymentException e = assertThrows(NotAPreviewDeploymentException.class,
                () -> lifecycle.delete(DeletePreviewRequest.byDeploymentName(prod.name())));
        assertEquals("prod", e.deploymentType());
        assertEquals("prod", emu.client.getDeployment(prod.name()).deploymentType());
        assertEquals(0, emu.count("POST", "/delete$"));
    }

    @Test
    void productionDeploymentIsDeletedWhenAllowed() {
        Deployment prod = prod();
        DeleteResult d = lifecycle.delete(DeletePreviewRequest.byDeploymentName(prod.name()).allowingProduction(true));
        assertEquals("prod", d.deploymentType());
        assertThrows(NotFoundException.class, () -> emu.client.getDeployment(prod.name()));
    }

    @Test
    void deploymentAlreadyGoneCountsAsDeletedAndItsRecordGoes() {
        PreviewResult r = create();
        emu.client.deleteDeployment(r.name());
        DeleteResult d = lifecycle.delete(DeletePreviewRequest.byIdentity(emu.projectId, LOGIN));
        assertTrue(d.alreadyGone());
        assertTrue(d.storeEntryRemoved());
        assertTrue(store.find(emu.projectId, LOGIN).isEmpty());
    }

    @Test
    void recordStaysWhenTheServerDoesNotConfirmTheDelete() {
        PreviewResult r = create();
        emu.fault("{\"method\":\"POST\",\"path_regex\":\"/delete$\",\"status\":500,\"times\":1}");
        assertThrows(ServerErrorException.class, () -> lifecycle.delete(DeletePreviewRequest.byIdentity(emu.projectId, LOGIN)));
        assertEquals(r.name(), store.find(emu.projectId, LOGIN).orElseThrow().deploymentName());
    }

    @Test
    void aTokenThatCannotSeeThePreviewsProjectFailsInsteadOfCountingItGone() {
        try (ConvexEmulator two = ConvexEmulator.builder().port(0).team(1L, "shop-team", "token-one").team(2L, "other-team", "token-two").build()) {
            two.start();
            ConvexClient owner = ConvexClientBuilder.forBaseUrl(two.baseUrl()).token(ApiToken.of("token-one")).build();
            ConvexClient stranger = ConvexClientBuilder.forBaseUrl(two.baseUrl()).token(ApiToken.of("token-two")).build();
            long project = owner.createProject(1L, CreateProjectRequest.named("shop")).id();
            String name = PreviewLifecycle.builder(owner, store).build()
                    .createOrReuse(CreatePreviewRequest.builder(project, LOGIN).build()).name();

            PreviewLifecycle wrongCredentials = PreviewLifecycle.builder(stranger, store).build();
            ProjectNotVisibleException e = assertThrows(ProjectNotVisibleException.class,
                    () -> wrongCredentials.delete(DeletePreviewRequest.byDeploymentName(name)));

            assertTrue(e.getMessage().contains("not counted as deleted"), e.getMessage());
            assertFalse(e.getMessage().contains("token-two"), e.getMessage());
            assertTrue(store.findByDeploymentName(name).isPresent(), "the record stays for a retry");
            assertEquals(name, owner.getDeployment(name).name(), "the preview is still there");
        }
    }
}
