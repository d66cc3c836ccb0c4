package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preview} subcommands on the platform dialect: a preview's deploy key with an expiry
 * ({@code --key-expires-in}), and list and sweep seeing the previews another state file made.
 */
class PreviewPlatformCliTest {

    private static final String TOKEN = "cli-preview-platform-token-7e2f";

    @TempDir
    Path dir;

    ConvexEmulator platform;
    ConvexEmulator spec;
    ConvexClient client;
    CliRun onPlatform;
    CliRun onSpec;
    String projectId;

    @BeforeEach
    void start() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
        platform = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).dialect(EmulatorDialect.PLATFORM).build().start();
        spec = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).build().start();
        onPlatform = new CliRun(dir).withArgs("--api-url", platform.baseUrl(), "--token-file", tokenFile.toString(), "--api-dialect", "platform");
        onSpec = new CliRun(dir).withArgs("--api-url", spec.baseUrl(), "--token-file", tokenFile.toString());
        client = ConvexClientBuilder.forBaseUrl(platform.baseUrl()).token(ApiToken.of(TOKEN)).dialect(ApiDialect.PLATFORM).build();
        projectId = Long.toString(client.createProject(1L, CreateProjectRequest.named("cli")).id());
    }

    @AfterEach
    void stop() {
        platform.close();
        spec.close();
    }

    private JsonNode ok(CliRun cli, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Outcome outcome = cli.run(all.toArray(String[]::new));
        assertEquals(0, outcome.exitCode(), outcome::toString);
        return outcome.json();
    }

    private String stateFile(String machine) {
        return dir.resolve(machine + ".json").toString();
    }

    /** The deployment's keys as the emulator's live route lists them (with their expiresAt, which the client's model lacks). */
    private JsonNode keysOnServer(String deploymentName) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(platform.baseUrl() + "/deployments/" + deploymentName + "/list_deploy_keys"))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void keyExpiresInGivesThePreviewsDeployKeyAnExpiry() throws Exception {
        Instant before = Instant.now();
        JsonNode r = ok(onPlatform, "preview", "create", "--project-id", projectId, "--branch", "feature/login",
                "--deploy-key", "--key-name", "7", "--key-expires-in", "12h", "--state-file", stateFile("a"));
        Instant after = Instant.now();

        JsonNode key = keysOnServer(r.get("name").asText()).get(0);
        assertEquals("feature/login/7", key.get("name").asText());
        Instant expiresAt = Instant.ofEpochMilli(key.get("expiresAt").asLong());
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofHours(12)).minusMillis(1)), expiresAt.toString());
        assertFalse(expiresAt.isAfter(after.plus(Duration.ofHours(12))), expiresAt.toString());
        assertFalse(r.has("deployKey"), "the key is not printed without --show-key");
    }

    @Test
    void withoutKeyExpiresInTheKeyHasNoExpiry() throws Exception {
        JsonNode r = ok(onPlatform, "preview", "create", "--project-id", projectId, "--branch", "feature/login",
                "--deploy-key", "--key-name", "7", "--state-file", stateFile("a"));

        JsonNode key = keysOnServer(r.get("name").asText()).get(0);
        assertTrue(key.path("expiresAt").isMissingNode() || key.get("expiresAt").isNull(), key.toString());
    }

    @Test
    void keyExpiresInOnTheSpecDialectExitsTwoBeforeAnyRequest() {
        spec.clearRequests();

        Outcome o = onSpec.run("preview", "create", "--project-id", "5", "--branch", "feature/login",
                "--deploy-key", "--key-expires-in", "12h", "--state-file", stateFile("spec"));

        assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
        assertTrue(o.err().contains("--key-expires-in") && o.err().contains("--api-dialect platform"), o.err());
        assertEquals(0, spec.requests().size(), "nothing was sent");
    }

    @Test
    void keyExpiresInWithoutDeployKeyOrWithABadValueExitsTwo() {
        Outcome withoutKey = onPlatform.run("preview", "create", "--project-id", projectId, "--branch", "feature/login",
                "--key-expires-in", "12h", "--state-file", stateFile("a"));
        assertEquals(ExitCodes.INVALID_INPUT, withoutKey.exitCode(), withoutKey::toString);
        assertTrue(withoutKey.err().contains("--deploy-key"), withoutKey.err());

        for (String bad : List.of("0h", "12", "3w", "-1d")) {
            Outcome o = onPlatform.run("preview", "create", "--project-id", projectId, "--branch", "feature/login",
                    "--deploy-key", "--key-expires-in", bad, "--state-file", stateFile("a"));
            assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), bad + ": " + o);
            assertTrue(o.err().contains("--key-expires-in"), o.err());
        }
        assertTrue(client.listDeployments(Long.parseLong(projectId)).isEmpty(), "nothing was created");
    }

    @Test
    void listWithAnotherStateFileShowsThePreviewAsNotStored() {
        JsonNode made = ok(onPlatform, "preview", "create", "--project-id", projectId, "--branch", "feature/login", "--state-file", stateFile("a"));

        JsonNode onB = ok(onPlatform, "preview", "list", "--project-id", projectId, "--state-file", stateFile("b"));

        assertEquals(1, onB.size(), onB.toString());
        assertEquals(made.get("name").asText(), onB.get(0).get("name").asText());
        assertEquals("feature/login", onB.get(0).get("identity").asText());
        assertTrue(onB.get(0).get("existsOnServer").asBoolean());
        assertFalse(onB.get(0).get("stored").asBoolean());
        assertTrue(ok(onPlatform, "preview", "list", "--project-id", projectId, "--state-file", stateFile("a")).get(0).get("stored").asBoolean());
    }

    @Test
    void sweepWithAnotherStateFileDeletesThePreviewOfABranchNotKept() {
        JsonNode gone = ok(onPlatform, "preview", "create", "--project-id", projectId, "--branch", "feature/login", "--state-file", stateFile("a"));
        JsonNode kept = ok(onPlatform, "preview", "create", "--project-id", projectId, "--branch", "main", "--state-file", stateFile("a"));

        JsonNode report = ok(onPlatform, "preview", "sweep", "--project-id", projectId, "--keep-branches", "main", "--state-file", stateFile("b"));

        assertEquals(gone.get("name").asText(), report.get("deleted").get(0).get("name").asText());
        assertEquals(kept.get("name").asText(), report.get("kept").get(0).get("name").asText());
        assertThrows(NotFoundException.class, () -> client.getDeployment(gone.get("name").asText()));
        assertEquals(kept.get("name").asText(), client.getDeployment(kept.get("name").asText()).name());
    }
}
