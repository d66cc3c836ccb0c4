package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --api-dialect}: the live-only subcommands against an emulator in platform mode, the same
 * output model (spec field names, ISO-8601) whatever the dialect, and the spec dialect's exit 2.
 */
class PlatformDialectCliTest {

    private static final String TOKEN = "cli-platform-token-51ac";
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    @TempDir
    static Path dir;

    static ConvexEmulator platform;
    static ConvexEmulator spec;
    static CliRun onPlatform;
    static CliRun onSpec;
    static long projectId;
    static Deployment preview;

    @BeforeAll
    static void start() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
        platform = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).dialect(EmulatorDialect.PLATFORM).build().start();
        spec = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).build().start();
        onPlatform = new CliRun(dir).withArgs("--api-url", platform.baseUrl(), "--token-file", tokenFile.toString(), "--api-dialect", "platform");
        onSpec = new CliRun(dir).withArgs("--api-url", spec.baseUrl(), "--token-file", tokenFile.toString());
        ConvexClient client = ConvexClientBuilder.forBaseUrl(platform.baseUrl()).token(ApiToken.of(TOKEN)).dialect(ApiDialect.PLATFORM).build();
        projectId = client.createProject(1L, CreateProjectRequest.named("cli")).id();
        preview = client.createCloudDeployment(projectId, new CreateCloudDeploymentRequest(DeploymentType.PREVIEW, Region.AWS_US_EAST_1,
                null, "preview/feature-x", Instant.now().plus(Duration.ofDays(1))));
    }

    @AfterAll
    static void stop() {
        platform.close();
        spec.close();
    }

    private static JsonNode ok(CliRun cli, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Outcome outcome = cli.run(all.toArray(String[]::new));
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertFalse(outcome.out().contains(TOKEN), "the team token is never printed");
        return outcome.json();
    }

    @Test
    void getDeploymentByReferencePrintsTheSpecsFieldNamesAndIsoTimes() {
        JsonNode d = ok(onPlatform, "get-deployment-by-reference", "--project-id", Long.toString(projectId), "--reference", "preview/feature-x");

        assertEquals(preview.name(), d.get("name").asText());
        assertEquals("preview", d.get("deployment_type").asText());
        assertEquals("preview/feature-x", d.get("reference").asText());
        assertTrue(ISO.matcher(d.get("create_time").asText()).matches(), d.toString());
        assertTrue(ISO.matcher(d.get("expires_at").asText()).matches(), d.toString());
        assertFalse(d.has("deploymentType") || d.has("createTime"), "no camelCase leaks through");
    }

    @Test
    void theSameSubcommandPrintsTheSameFieldsOnBothDialects() {
        JsonNode onP = ok(onPlatform, "create-project", "--team-id", "1", "--name", "same shape", "--deployment-region", "aws-us-east-1");
        JsonNode onS = ok(onSpec, "create-project", "--team-id", "1", "--name", "same shape", "--deployment-region", "aws-us-east-1");
        assertEquals(fields(onS), fields(onP));

        JsonNode prodP = ok(onPlatform, "get-default-prod-deployment", "--project-id", onP.get("id").asText());
        JsonNode prodS = ok(onSpec, "get-default-prod-deployment", "--project-id", onS.get("id").asText());
        Set<String> platformFields = fields(prodP);
        // Fields the contract's deployment lacks and the live one has (left out when a dialect does not send them).
        platformFields.removeAll(Set.of("reference", "expires_at", "create_time"));
        assertEquals(fields(prodS), platformFields);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void updateDeploymentTakesARelativeExpiry() {
        Instant before = Instant.now().plus(Duration.ofDays(4));

        JsonNode d = ok(onPlatform, "update-deployment", "--deployment-name", preview.name(), "--expires-at", "+5d");

        assertTrue(Instant.parse(d.get("expires_at").asText()).isAfter(before), d.toString());
    }

    @Test
    void updateDeploymentTakesAnIsoInstant() {
        JsonNode d = ok(onPlatform, "update-deployment", "--deployment-name", preview.name(), "--expires-at", "2099-01-02T03:04:05Z");

        assertEquals("2099-01-02T03:04:05Z", d.get("expires_at").asText());
    }

    @Test
    void aPastOrMalformedExpiryExitsTwoBeforeAnyRequest() {
        platform.clearRequests();
        for (String bad : List.of("2001-01-01T00:00:00Z", "tomorrow", "+0d", "5d")) {
            Outcome o = onPlatform.run("update-deployment", "--deployment-name", preview.name(), "--expires-at", bad);
            assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
            assertTrue(o.err().contains("--expires-at"), o.err());
        }
        assertEquals(0, platform.requests().size());
    }

    @Test
    void previewDeployKeysAreCreatedListedAndDeleted() {
        JsonNode created = ok(onPlatform, "create-preview-deploy-key", "--project-id", Long.toString(projectId), "--name", "jenkins", "--expires-at", "+2d");
        assertTrue(created.get("key").asText().startsWith("preview:demo-team:cli|"), created.toString());

        JsonNode listed = ok(onPlatform, "list-preview-deploy-keys", "--project-id", Long.toString(projectId));
        assertEquals(1, listed.size());
        assertEquals("jenkins", listed.get(0).get("name").asText());
        assertFalse(listed.get(0).has("key"));
        assertTrue(ISO.matcher(listed.get(0).get("expires_at").asText()).matches(), listed.toString());

        ok(onPlatform, "delete-preview-deploy-key", "--project-id", Long.toString(projectId), "--id", listed.get(0).get("id").asText());
        assertEquals(0, ok(onPlatform, "list-preview-deploy-keys", "--project-id", Long.toString(projectId)).size());
    }

    @Test
    void deleteDeployKeyRemovesADeploymentsKeyByName() {
        ok(onPlatform, "create-deploy-key", "--project-id", Long.toString(projectId), "--deployment-name", preview.name(), "--key-name", "build-9");

        ok(onPlatform, "delete-deploy-key", "--deployment-name", preview.name(), "--id", "build-9");

        JsonNode keys = ok(onPlatform, "list-deploy-keys", "--project-id", Long.toString(projectId));
        keys.forEach(k -> assertFalse(k.get("name").asText().equals("build-9")));
    }

    @Test
    void regionsClassesAndTokenDetails() {
        JsonNode regions = ok(onPlatform, "list-deployment-regions", "--team-id", "1");
        JsonNode classes = ok(onPlatform, "list-deployment-classes", "--team-id", "1");
        JsonNode token = ok(onPlatform, "get-token-details");

        assertTrue(regions.toString().contains("aws-eu-west-1"), regions.toString());
        assertTrue(classes.toString().contains("d2048"), classes.toString());
        assertEquals(1, token.get("team_id").asLong());
        assertTrue(ISO.matcher(token.get("create_time").asText()).matches(), token.toString());
    }

    @Test
    void onTheSpecDialectEveryLiveOnlySubcommandExitsTwoSayingTheDialectLacksIt() {
        spec.clearRequests();
        List<String[]> commands = List.of(
                new String[] {"get-deployment-by-reference", "--project-id", "5", "--reference", "preview/x"},
                new String[] {"update-deployment", "--deployment-name", "happy-otter-123", "--expires-at", "+1d"},
                new String[] {"create-preview-deploy-key", "--project-id", "5", "--name", "k"},
                new String[] {"list-preview-deploy-keys", "--project-id", "5"},
                new String[] {"delete-preview-deploy-key", "--project-id", "5", "--id", "k"},
                new String[] {"delete-deploy-key", "--deployment-name", "happy-otter-123", "--id", "k"},
                new String[] {"list-deployment-regions", "--team-id", "1"},
                new String[] {"list-deployment-classes", "--team-id", "1"},
                new String[] {"get-token-details"});
        for (String[] command : commands) {
            Outcome o = onSpec.run(command);
            assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
            assertTrue(o.err().contains(command[0] + ": the spec API dialect lacks this operation"), o.err());
            assertTrue(o.err().contains("--api-dialect platform"), o.err());
            assertEquals("", o.out());
        }
        assertEquals(0, spec.requests().size(), "nothing was sent");
    }

    @Test
    void autoPicksSpecForALocalServer() {
        Outcome o = onSpec.run("--api-dialect", "auto", "get-token-details");

        assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
        assertTrue(o.err().contains("spec API dialect"), o.err());
    }

    @Test
    void anUnknownDialectExitsTwoNamingTheOption() {
        Outcome o = onSpec.run("--api-dialect", "graphql", "list-projects", "--team-id", "1");

        assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
        assertTrue(o.err().contains("--api-dialect") && o.err().contains("auto, spec or platform"), o.err());
    }

    @Test
    void theEmbeddedEmulatorSpeaksTheChosenDialect() {
        JsonNode token = ok(new CliRun(dir), "--emulator", "--api-dialect", "platform", "get-token-details");

        assertEquals("teamToken", token.get("type").asText());
    }

    @Test
    void previewCreateSetsTheReferenceAndAnExpiryOnThePlatformDialect() {
        JsonNode r = ok(onPlatform, "preview", "create", "--project-id", Long.toString(projectId), "--branch", "feature/cli",
                "--expires-in", "2d", "--state-file", dir.resolve("one.json").toString());

        JsonNode d = ok(onPlatform, "get-deployment-by-reference", "--project-id", Long.toString(projectId), "--reference", "preview/feature/cli");
        assertEquals(r.get("name").asText(), d.get("name").asText());
        assertTrue(Instant.parse(d.get("expires_at").asText()).isAfter(Instant.now().plus(Duration.ofHours(47))), d.toString());
    }

    @Test
    void anExpiryOnTheSpecDialectExitsTwo() {
        Outcome o = onSpec.run("preview", "create", "--project-id", "5", "--branch", "feature/cli", "--expires-in", "2d",
                "--state-file", dir.resolve("spec.json").toString());

        assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
        assertTrue(o.err().contains("--expires-in"), o.err());
    }

    @Test
    void createCloudDeploymentTakesAReferenceAndAnExpiryOnThePlatformDialect() {
        JsonNode d = ok(onPlatform, "create-cloud-deployment", "--project-id", Long.toString(projectId), "--deployment-type", "preview",
                "--region", "aws-us-east-1", "--deployment-class", "d2048", "--reference", "preview/from-cli", "--expires-at", "+1d");

        assertEquals("preview/from-cli", d.get("reference").asText());
        assertEquals("d2048", d.get("deployment_class").asText());
        assertTrue(ISO.matcher(d.get("expires_at").asText()).matches(), d.toString());
    }

    @Test
    void onTheSpecDialectAReferenceAnExpiryOrD2048ExitTwoBeforeAnyRequest() {
        spec.clearRequests();
        List<String[]> commands = List.of(
                new String[] {"create-cloud-deployment", "--project-id", "5", "--deployment-type", "preview", "--region", "aws-us-east-1",
                    "--reference", "preview/x-y"},
                new String[] {"create-cloud-deployment", "--project-id", "5", "--deployment-type", "preview", "--region", "aws-us-east-1",
                    "--expires-at", "+1d"},
                new String[] {"create-cloud-deployment", "--project-id", "5", "--deployment-type", "preview", "--region", "aws-us-east-1",
                    "--deployment-class", "d2048"},
                new String[] {"create-deploy-key", "--project-id", "5", "--deployment-name", "happy-otter-123", "--expires-at", "+1d"});
        List<String> options = List.of("--reference", "--expires-at", "--deployment-class", "--expires-at");
        for (int i = 0; i < commands.size(); i++) {
            Outcome o = onSpec.run(commands.get(i));
            assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
            assertTrue(o.err().contains(options.get(i)) && o.err().toLowerCase(Locale.ROOT).contains("spec dialect"), o.err());
        }
        assertEquals(0, spec.requests().size(), "nothing was sent");
    }

    @Test
    void previewCreateWithAClassTheSpecDialectLacksFailsBeforeItsProgressLine() {
        spec.clearRequests();
        Outcome o = onSpec.run("preview", "create", "--project-id", "5", "--branch", "feature/big", "--deployment-class", "d2048",
                "--state-file", dir.resolve("d2048-previews.json").toString());
        assertEquals(ExitCodes.INVALID_INPUT, o.exitCode(), o::toString);
        assertEquals(List.of("error: --deployment-class: 'd2048' is not allowed; allowed: s16, s256, d1024 on the spec dialect"
                + " (d2048 only on the platform dialect)"), o.errLines());
        assertEquals(0, spec.requests().size(), "nothing was sent");
    }

    @Test
    void theHelpOfEveryClassOptionListsTheClassesOfEachDialect() {
        for (String command : List.of("create-project", "create-cloud-deployment", "preview create")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            String help = onSpec.run(args.toArray(String[]::new)).out().replaceAll("\\s+", " ");
            assertTrue(help.contains("s16, s256, d1024 on the spec dialect; s16, s256, d1024, d2048 on the platform dialect"),
                    () -> command + ": " + help);
        }
    }

    @Test
    void aClientOfTheOtherDialectIsToldWhichDialectTheServerSpeaks() {
        Outcome specAgainstPlatform = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN)
                .run("--api-url", platform.baseUrl(), "--api-dialect", "spec", "list-projects", "--team-id", "1");
        assertEquals(ExitCodes.INVALID_INPUT, specAgainstPlatform.exitCode(), specAgainstPlatform::toString);
        assertEquals(1, specAgainstPlatform.errLines().size(), specAgainstPlatform::toString);
        assertTrue(specAgainstPlatform.err().contains("this server speaks the platform dialect; use --api-dialect platform"),
                specAgainstPlatform::toString);

        Outcome platformAgainstSpec = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN)
                .run("--api-url", spec.baseUrl(), "--api-dialect", "platform", "list-projects", "--team-id", "1");
        assertEquals(ExitCodes.INVALID_INPUT, platformAgainstSpec.exitCode(), platformAgainstSpec::toString);
        assertTrue(platformAgainstSpec.err().contains("this server speaks the spec dialect; use --api-dialect spec"),
                platformAgainstSpec::toString);
    }

    @Test
    void aRouteOfNeitherDialectIsStillNotFound() {
        Outcome outcome = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN)
                .run("--api-url", spec.baseUrl() + "/nowhere", "list-projects", "--team-id", "1");
        assertEquals(ExitCodes.NOT_FOUND, outcome.exitCode(), outcome::toString);
        assertFalse(outcome.err().contains("dialect"), outcome::toString);
    }
}
