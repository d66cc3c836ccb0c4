package io.jenkins.plugins.convex.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.DeletePreviewRequest;
import io.jenkins.plugins.convex.preview.DeleteResult;
import io.jenkins.plugins.convex.preview.PreviewNotFoundException;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.PreviewStatus;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.keys.BuildDeployKeys;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.locate.ServerReferenceLocator;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Previews on the live service's dialect: the identity is the deployment's reference on the server,
 * so two machines with separate stores share one preview; expiries are set and extended.
 */
class PlatformPreviewTest {

    ConvexEmulator emu;
    ConvexClient client;
    long projectId;
    final PreviewIdentity branch = PreviewIdentity.ofBranch("feature/login");

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

    /** A machine of its own: its own (empty) store. */
    private PreviewLifecycle machine(Duration expiry) {
        return PreviewLifecycle.builder(client, new InMemoryPreviewStore()).locator(PreviewLocators.forClient(client, expiry)).build();
    }

    private long creates() {
        return emu.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/create_deployment")).count();
    }

    @Test
    void aNewPreviewCarriesItsIdentityAsReference() {
        PreviewResult r = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        assertTrue(r.created());
        assertEquals("preview/feature/login", client.getDeployment(r.name()).reference());
        assertEquals("preview/feature/login", ServerReferenceLocator.reference(branch));
    }

    @Test
    void aSecondMachineWithItsOwnStoreReusesThePreviewByReference() {
        PreviewResult onA = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        PreviewResult onB = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        assertFalse(onB.created());
        assertEquals(onA.name(), onB.name());
        assertEquals(1, creates());
    }

    @Test
    void recreateFromAnotherMachineReplacesThePreviewAndKeepsTheReference() {
        PreviewResult onA = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        PreviewResult onB = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).recreate(true).build());

        assertTrue(onB.created());
        assertNotEquals(onA.name(), onB.name());
        assertThrows(NotFoundException.class, () -> client.getDeployment(onA.name()));
        assertEquals(onB.name(), client.getDeploymentByReference(projectId, "preview/feature/login").name());
    }

    @Test
    void anExpiryIsSetOnCreationAndExtendedOnReuse() {
        PreviewResult first = machine(Duration.ofHours(2)).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());
        Instant firstExpiry = client.getDeployment(first.name()).expiresAt();
        assertTrue(firstExpiry.isAfter(Instant.now().plus(Duration.ofMinutes(110))), firstExpiry.toString());

        machine(Duration.ofDays(3)).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        Instant extended = client.getDeployment(first.name()).expiresAt();
        assertTrue(extended.isAfter(Instant.now().plus(Duration.ofHours(71))), extended.toString());
    }

    @Test
    void reuseNeverShortensAnExpiry() {
        PreviewResult first = machine(Duration.ofDays(3)).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());
        Instant expiry = client.getDeployment(first.name()).expiresAt();
        emu.clearRequests();

        machine(Duration.ofHours(1)).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        assertEquals(expiry, client.getDeployment(first.name()).expiresAt());
        assertEquals(0, emu.requests().stream().filter(r -> r.method().equals("PATCH")).count());
    }

    @Test
    void theSpecDialectRefusesAnExpiry() {
        ConvexClient spec = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken())).dialect(ApiDialect.SPEC).build();

        assertThrows(IllegalArgumentException.class, () -> PreviewLocators.forClient(spec, Duration.ofDays(1)));
    }

    @Test
    void aBuildsDeployKeyIsDeletedWhenItsBlockEnds() {
        PreviewResult r = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());
        BuildDeployKeys keys = new BuildDeployKeys(client);
        DeployKey key = keys.create(projectId, r.name(), "feature-login/build-7", Instant.now().plus(Duration.ofHours(3)));
        assertEquals(1, client.listDeployKeys(projectId).size());

        assertTrue(keys.delete(r.name(), key.name()));

        assertTrue(client.listDeployKeys(projectId).isEmpty());
        assertTrue(keys.delete(r.name(), key.name()), "already gone counts as deleted");
        assertFalse(keys.deleteIfPresent(r.name(), key.name()), "and says it was already gone when asked");
    }

    @Test
    void theSpecDialectCannotDeleteDeployKeysAndSendsNothing() {
        ConvexClient spec = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken())).dialect(ApiDialect.SPEC).build();
        emu.clearRequests();

        assertFalse(new BuildDeployKeys(spec).delete("happy-otter-123", "k"));
        assertEquals(0, emu.requests().size());
    }

    @Test
    void aMachineThatNeverSawThePreviewDeletesItByIdentity() {
        PreviewResult onA = machine(null).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        DeleteResult deleted = machine(null).delete(DeletePreviewRequest.byIdentity(projectId, branch));

        assertEquals(onA.name(), deleted.deploymentName());
        assertEquals("preview", deleted.deploymentType());
        assertThrows(NotFoundException.class, () -> client.getDeployment(onA.name()));
    }

    @Test
    void deletingAnIdentityNobodyHasIsNotFound() {
        assertThrows(PreviewNotFoundException.class, () -> machine(null).delete(DeletePreviewRequest.byIdentity(projectId, branch)));
    }

    @Test
    void findingAPreviewToDeleteItDoesNotExtendIt() {
        machine(Duration.ofHours(2)).createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());
        emu.clearRequests();

        machine(Duration.ofDays(3)).delete(DeletePreviewRequest.byIdentity(projectId, branch));

        assertEquals(0, emu.requests().stream().filter(r -> r.method().equals("PATCH")).count());
    }

    @Test
    void theListShowsTheServersExpiry() {
        PreviewLifecycle lifecycle = machine(Duration.ofDays(2));
        PreviewResult r = lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, branch).build());

        PreviewStatus status = lifecycle.list(projectId).get(0);

        assertEquals(client.getDeployment(r.name()).expiresAt(), status.expiresAt());
        assertEquals(status.expiresAt().toString(), status.toMap().get("expiresAt"));
    }
}
