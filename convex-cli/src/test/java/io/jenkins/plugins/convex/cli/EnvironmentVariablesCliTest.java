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
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The variable subcommands and {@code preview create --env}: values go where they are asked to,
 * are printed only with --show-values, and a preview gets one update only when something changed.
 */
class EnvironmentVariablesCliTest {

    private static final String TOKEN = "cli-env-team-token-77c2";
    private static final String SECRET = "sk_test_do_not_print_4f1a";

    @TempDir
    Path dir;

    ConvexEmulator emu;
    ConvexClient client;
    CliRun cli;
    long projectId;

    void start(EmulatorDialect dialect) throws Exception {
        emu = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).dialect(dialect).localDeploymentUrls(true).build().start();
        ApiDialect api = dialect == EmulatorDialect.PLATFORM ? ApiDialect.PLATFORM : ApiDialect.SPEC;
        client = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(TOKEN)).dialect(api).build();
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
        cli = new CliRun(dir).withArgs("--api-url", emu.baseUrl(), "--token-file", tokenFile.toString(), "--api-dialect", api.name().toLowerCase());
        projectId = client.createProject(1L, CreateProjectRequest.named("env")).id();
    }

    @AfterEach
    void stop() {
        if (emu != null) {
            emu.close();
        }
    }

    private Outcome ok(CliRun run, String... args) {
        Outcome outcome = run.run(args);
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertNoSecrets(outcome);
        return outcome;
    }

    private static void assertNoSecrets(Outcome outcome) {
        assertFalse(outcome.out().contains(TOKEN) || outcome.err().contains(TOKEN), "the team token was printed");
    }

    private long requests(String method, String pathSuffix) {
        return emu.requests().stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathSuffix)).count();
    }

    @Test
    void defaultVariablesAreUpdatedAndListedWithValuesOnlyWhenAsked() throws Exception {
        start(EmulatorDialect.PLATFORM);
        Path secretFile = Files.writeString(dir.resolve("stripe"), SECRET + "\n");

        Outcome updated = ok(cli, "update-default-environment-variables", "--project-id", "" + projectId, "--deployment-type", "preview",
                "--deployment-type", "dev", "--set-from-file", "STRIPE_KEY=" + secretFile, "--set", "FEATURE_X=on");
        assertFalse(updated.out().contains(SECRET), updated.toString());
        assertEquals(1, requests("POST", "/update_default_environment_variables"));

        Outcome hidden = ok(cli, "--json", "list-default-environment-variables", "--project-id", "" + projectId);
        assertFalse(hidden.out().contains(SECRET), hidden.toString());
        JsonNode stripe = named(hidden.json(), "STRIPE_KEY");
        assertEquals("preview,dev", stripe.get("deployment_types").asText());
        assertFalse(stripe.has("value"));
        Outcome shown = ok(cli, "--json", "list-default-environment-variables", "--project-id", "" + projectId, "--show-values");
        assertEquals(SECRET, named(shown.json(), "STRIPE_KEY").get("value").asText());
    }

    private static JsonNode named(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (row.get("name").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row named " + name + " in " + rows);
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aDeploymentsVariablesAreChangedWithItsDeployKeyFromTheEnvironmentOrAFile(EmulatorDialect dialect) throws Exception {
        start(dialect);
        Deployment d = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
        String key = client.createDeployKey(projectId, new CreateDeployKeyRequest(d.name(), "ci")).key();
        Path keyFile = Files.writeString(dir.resolve("deploy-key"), key + "\n");
        CliRun withKey = new CliRun(dir).env("CONVEX_DEPLOY_KEY", key);

        Outcome updated = ok(withKey, "update-environment-variables", "--deployment-url", d.url(), "--set", "API_KEY=" + SECRET,
                "--set", "GONE=x");
        ok(withKey, "update-environment-variables", "--deployment-url", d.url(), "--unset", "GONE");
        assertTrue(updated.out().contains("API_KEY") && !updated.out().contains(SECRET), updated.toString());

        Outcome names = ok(new CliRun(dir), "--json", "list-environment-variables", "--deployment-url", d.url(), "--deploy-key-file", keyFile.toString());
        assertEquals("[{\"name\":\"API_KEY\"}]", names.json().toString());
        Outcome values = ok(withKey, "--json", "list-environment-variables", "--deployment-url", d.url(), "--show-values");
        assertEquals(SECRET, values.json().get(0).get("value").asText());
        assertFalse((updated.out() + updated.err() + names.out() + names.err()).contains(key), "the deploy key was printed");
    }

    @Test
    void aWrongDeployKeyExits4WithoutShowingItAndAMissingOneExits2BeforeAnyRequest() throws Exception {
        start(EmulatorDialect.PLATFORM);
        Deployment d = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
        String wrong = "preview:" + d.name() + "|wrong-key-0c9e";

        Outcome refused = new CliRun(dir).env("CONVEX_DEPLOY_KEY", wrong).run("list-environment-variables", "--deployment-url", d.url());
        assertEquals(4, refused.exitCode(), refused::toString);
        assertFalse(refused.err().contains(wrong), refused.toString());

        emu.clearRequests();
        Outcome missing = new CliRun(dir).run("list-environment-variables", "--deployment-url", d.url());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("--deploy-key-file") && missing.err().contains("CONVEX_DEPLOY_KEY"), missing.toString());
        Outcome badName = new CliRun(dir).env("CONVEX_DEPLOY_KEY", wrong).run("update-environment-variables", "--deployment-url", d.url(),
                "--set", "9LIVES=" + SECRET);
        assertEquals(2, badName.exitCode(), badName::toString);
        assertTrue(badName.err().contains("--set: '9LIVES'") && !badName.err().contains(SECRET), badName.toString());
        assertEquals(0, emu.requests().size());
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void previewCreateWithEnvSendsOneUpdateOnlyWhenSomethingChanged(EmulatorDialect dialect) throws Exception {
        start(dialect);
        Path envFile = Files.writeString(dir.resolve(".env.preview"), "# test account\nSTRIPE_KEY=\"" + SECRET + "\"\nexport MODE=test\n");
        String[] create = {"preview", "create", "--project-id", "" + projectId, "--branch", "feature/env", "--env-file", envFile.toString(),
            "--env", "FEATURE_X=on"};

        Outcome first = ok(cli, create);
        assertEquals(1, requests("GET", "/api/v1/list_environment_variables"));
        assertEquals(1, requests("POST", "/api/v1/update_environment_variables"));
        assertTrue(first.err().contains("3 set, 0 already up to date"), first.toString());

        emu.clearRequests();
        Outcome again = ok(cli, create);
        assertEquals(1, requests("GET", "/api/v1/list_environment_variables"));
        assertEquals(0, requests("POST", "/api/v1/update_environment_variables"));
        assertTrue(again.err().contains("0 set, 3 already up to date"), again.toString());

        emu.clearRequests();
        ok(cli, "preview", "create", "--project-id", "" + projectId, "--branch", "feature/env", "--env", "FEATURE_X=off");
        assertEquals(1, requests("POST", "/api/v1/update_environment_variables"));
        for (Outcome o : new Outcome[] {first, again}) {
            assertFalse(o.out().contains(SECRET) || o.err().contains(SECRET), "a value was printed: " + o);
        }
        assertFalse(Files.readString(dir.resolve(".convex/previews.json")).contains(SECRET), "a value was stored");
        if (dialect == EmulatorDialect.PLATFORM) {
            // The keys made only to set the variables were deleted at once.
            assertEquals(0, client.listDeployKeys(projectId).size());
        }
    }

    @Test
    void badEnvInputIsRefusedBeforeAnyRequestNamingTheLineNotTheValue() throws Exception {
        start(EmulatorDialect.PLATFORM);
        Files.writeString(dir.resolve("bad.env"), "GOOD=1\n" + SECRET + "\n");
        emu.clearRequests();

        Outcome badLine = cli.run("preview", "create", "--project-id", "" + projectId, "--branch", "b", "--env-file", "bad.env");
        assertEquals(2, badLine.exitCode(), badLine::toString);
        assertTrue(badLine.err().contains("--env-file: 'bad.env line 2' is not allowed"), badLine.toString());
        assertFalse(badLine.err().contains(SECRET), badLine.toString());

        Outcome noEquals = cli.run("preview", "create", "--project-id", "" + projectId, "--branch", "b", "--env", SECRET);
        assertEquals(2, noEquals.exitCode(), noEquals::toString);
        assertFalse(noEquals.err().contains(SECRET), noEquals.toString());
        assertEquals(0, emu.requests().size());
    }

    @Test
    void accessTokensAreCreatedWithAnExpiryListedWithoutValuesAndDeleted() throws Exception {
        start(EmulatorDialect.PLATFORM);

        Outcome created = ok(cli, "--json", "create-access-token", "--team-id", "1", "--name", "build-7", "--expires-at", "+2h");
        String value = created.json().get("token").asText();
        Outcome listed = ok(cli, "--json", "list-access-tokens", "--team-id", "1");
        JsonNode mine = named(listed.json(), "build-7");
        assertTrue(mine.has("expires_at") && mine.has("id"), listed.toString());
        assertFalse(listed.out().contains(value), "a token value was listed");

        ok(cli, "delete-access-token", "--team-id", "1", "--id", "build-7");
        assertFalse(ok(cli, "--json", "list-access-tokens", "--team-id", "1").out().contains("build-7"));

        emu.clearRequests();
        Outcome tooSoon = cli.run("create-access-token", "--team-id", "1", "--name", "x", "--expires-at", "+0h");
        assertEquals(2, tooSoon.exitCode(), tooSoon::toString);
        assertEquals(0, emu.requests().size());
    }

    @Test
    void theSpecDialectRefusesTheLiveOnlySubcommandsBeforeAnyRequest() throws Exception {
        start(EmulatorDialect.SPEC);
        emu.clearRequests();

        for (String[] args : new String[][] {
            {"list-default-environment-variables", "--project-id", "" + projectId},
            {"update-default-environment-variables", "--project-id", "" + projectId, "--deployment-type", "preview", "--set", "A=1"},
            {"list-access-tokens", "--team-id", "1"},
            {"delete-access-token", "--team-id", "1", "--id", "x"},
            {"create-access-token", "--team-id", "1", "--name", "x", "--expires-at", "+2h"}}) {
            Outcome refused = cli.run(args);
            assertEquals(2, refused.exitCode(), refused::toString);
        }
        assertEquals(0, emu.requests().size());
    }
}
