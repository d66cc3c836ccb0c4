package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team token never shows; a new deploy key shows only where it was asked for. */
class SecretsTest {

    private static final String TOKEN = "secret-team-token-5c0ffee";
    private static final Pattern DEPLOY_KEY = Pattern.compile("preview:[a-z0-9-]+\\|\\S+");

    @TempDir
    static Path dir;

    static ConvexEmulator emulator;
    static Path tokenFile;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).demo(true).build();
        emulator.start();
        tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private static long demoProject() {
        return new CliRun(dir).run("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString(), "--json",
                "get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo").json().get("id").asLong();
    }

    @Test
    void theTeamTokenIsNeverPrintedWhetherCallsSucceedOrFail() throws Exception {
        CliRun fromFile = new CliRun(dir).withArgs("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString());
        CliRun fromEnv = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN).withArgs("--api-url", emulator.baseUrl());
        List<Outcome> outcomes = new ArrayList<>();
        for (CliRun cli : List.of(fromFile, fromEnv)) {
            outcomes.add(cli.run("list-projects", "--team-id", "1"));
            outcomes.add(cli.run("--json", "list-team-members", "--team-id", "1"));
            outcomes.add(cli.run("get-project", "--project-id", "12345"));
            outcomes.add(cli.run("list-projects", "--team-id", "banana"));
        }
        Faults.inject(emulator.baseUrl(), "{\"status\":500,\"times\":1}");
        outcomes.add(fromFile.run("list-projects", "--team-id", "1"));
        emulator.clearFaults();
        outcomes.add(new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN).run("--help"));
        for (Outcome outcome : outcomes) {
            assertFalse(outcome.out().contains(TOKEN) || outcome.err().contains(TOKEN), outcome::toString);
        }
    }

    @Test
    void aPreviewDeployKeyIsCreatedButNotPrintedWithoutShowKey() {
        Path state = dir.resolve("previews-hidden.json");
        Outcome outcome = new CliRun(dir).run("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString(),
                "preview", "create", "--project-id", Long.toString(demoProject()), "--branch", "feature/hidden-key",
                "--deploy-key", "--key-name", "7", "--state-file", state.toString(), "--json");
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertFalse(DEPLOY_KEY.matcher(outcome.out() + outcome.err()).find(), outcome::toString);
        assertFalse(outcome.json().has("deployKey"));
        assertTrue(outcome.err().contains("not shown"), outcome::toString);
    }

    @Test
    void withShowKeyTheDeployKeyIsOnStdoutOnlyAndNeverInTheStateFile() throws Exception {
        Path state = dir.resolve("previews-shown.json");
        Outcome outcome = new CliRun(dir).run("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString(),
                "preview", "create", "--project-id", Long.toString(demoProject()), "--branch", "feature/shown-key",
                "--deploy-key", "--show-key", "--state-file", state.toString(), "--json");
        assertEquals(0, outcome.exitCode(), outcome::toString);
        String key = outcome.json().get("deployKey").asText();
        Matcher m = DEPLOY_KEY.matcher(key);
        assertTrue(m.matches(), key);
        assertTrue(key.startsWith("preview:" + outcome.json().get("name").asText() + "|"), key);
        assertFalse(outcome.err().contains(key), "stderr never shows the key");
        assertFalse(Files.readString(state).contains(key), "the store never holds the key");
    }

    @Test
    void aOneLetterTokenDoesNotGarbleTheMessage() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Outcome outcome = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", "x")
                .run("--api-url", "http://127.0.0.1:" + closed + "/v1", "list-projects", "--team-id", "1");
        assertEquals(1, outcome.exitCode(), outcome::toString);
        String last = outcome.errLines().get(outcome.errLines().size() - 1);
        assertTrue(last.contains("ConnectException"), outcome::toString);
        assertFalse(outcome.err().contains("****"), outcome::toString);
    }
}
