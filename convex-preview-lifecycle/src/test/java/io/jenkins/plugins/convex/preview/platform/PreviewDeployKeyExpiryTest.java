package io.jenkins.plugins.convex.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A preview's deploy key with an expiry: set on the live service's dialect, refused before any request on the spec's. */
class PreviewDeployKeyExpiryTest {

    final PreviewIdentity login = PreviewIdentity.ofBranch("feature/login");
    ConvexEmulator emu;

    @AfterEach
    void stop() {
        if (emu != null) {
            emu.close();
        }
    }

    private ConvexClient start(EmulatorDialect emulatorDialect, ApiDialect clientDialect) {
        emu = ConvexEmulator.builder().port(0).dialect(emulatorDialect).build();
        emu.start();
        return ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken())).dialect(clientDialect).build();
    }

    /** The keys of a deployment as the emulator's live route lists them (the client's model has no expiry). */
    private JsonNode keysOnServer(String deploymentName) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emu.baseUrl() + "/deployments/" + deploymentName + "/list_deploy_keys"))
                .header("Authorization", "Bearer " + emu.defaultToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void onThePlatformDialectThePreviewsKeyExpiresItsLifetimeAfterItsCreation() throws Exception {
        ConvexClient client = start(EmulatorDialect.PLATFORM, ApiDialect.PLATFORM);
        long projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("shop")).id();
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, new InMemoryPreviewStore())
                .locator(PreviewLocators.forClient(client, null)).clock(clock).build();

        PreviewResult r = lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, login)
                .deployKey("42").deployKeyLifetime(Duration.ofHours(3)).build());

        JsonNode keys = keysOnServer(r.name());
        assertEquals(1, keys.size(), keys.toString());
        assertEquals("feature/login/42", keys.get(0).get("name").asText());
        assertEquals(clock.instant().plus(Duration.ofHours(3)).toEpochMilli(), keys.get(0).get("expiresAt").asLong());
    }

    @Test
    void withoutALifetimeThePreviewsKeyHasNoExpiry() throws Exception {
        ConvexClient client = start(EmulatorDialect.PLATFORM, ApiDialect.PLATFORM);
        long projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("shop")).id();
        PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, new InMemoryPreviewStore())
                .locator(PreviewLocators.forClient(client, null)).build();

        PreviewResult r = lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, login).deployKey("42").build());

        JsonNode key = keysOnServer(r.name()).get(0);
        assertTrue(key.path("expiresAt").isMissingNode() || key.get("expiresAt").isNull(), key.toString());
    }

    @Test
    void theSpecDialectRefusesAKeyLifetimeBeforeAnyRequest() {
        ConvexClient client = start(EmulatorDialect.SPEC, ApiDialect.SPEC);
        long projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("shop")).id();
        emu.clearRequests();
        PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, new InMemoryPreviewStore()).build();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lifecycle.createOrReuse(
                CreatePreviewRequest.builder(projectId, login).deployKey("42").deployKeyLifetime(Duration.ofHours(3)).build()));

        assertEquals("key_expires_in", e.field());
        assertEquals(0, emu.requests().size());
        assertTrue(lifecycle.store().list(projectId).isEmpty());
    }

    @Test
    void aKeyLifetimeWithoutAKeyIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreatePreviewRequest.builder(1L, login)
                .deployKeyLifetime(Duration.ofHours(3)).build());

        assertEquals("key_expires_in", e.field());
        assertFalse(e.getMessage().isBlank());
    }
}
