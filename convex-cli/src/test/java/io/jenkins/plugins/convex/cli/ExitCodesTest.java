package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import io.jenkins.plugins.convex.client.error.ServerErrorException;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 0-4, each with one line on stderr, and where --help lists them. */
class ExitCodesTest {

    private static final String TOKEN = "exit-codes-test-token";

    @TempDir
    static Path dir;

    static ConvexEmulator emulator;
    static CliRun cli;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).demo(true).build();
        emulator.start();
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
        cli = new CliRun(dir).withArgs("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @AfterEach
    void clearFaults() {
        emulator.clearFaults();
    }

    private static void assertOneLine(Outcome outcome) {
        assertEquals(1, outcome.errLines().size(), outcome::toString);
        assertTrue(outcome.errLines().get(0).startsWith("error: "), outcome::toString);
    }

    @Test
    void successIsZero() {
        assertEquals(0, cli.run("list-projects", "--team-id", "1").exitCode());
    }

    @Test
    void anUnknownProjectIsThree() {
        Outcome outcome = cli.run("get-project", "--project-id", "999");
        assertEquals(3, outcome.exitCode(), outcome::toString);
        assertOneLine(outcome);
        assertTrue(outcome.err().contains("getProject"), outcome::toString);
    }

    @Test
    void anUnknownDeploymentIsThree() {
        assertEquals(3, cli.run("get-deployment", "--deployment-name", "no-such-one-1").exitCode());
    }

    @Test
    void aWrongTokenIsFourAndTheMessageSaysToCheckIt() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong-token"), "not-the-token");
        Outcome outcome = new CliRun(dir).run("list-projects", "--team-id", "1",
                "--api-url", emulator.baseUrl(), "--token-file", wrong.toString());
        assertEquals(4, outcome.exitCode(), outcome::toString);
        assertOneLine(outcome);
        assertTrue(outcome.err().contains("401"), outcome::toString);
        assertFalse(outcome.err().contains("not-the-token"), "the rejected token is not repeated");
    }

    @Test
    void aServerErrorIsOne() throws Exception {
        Faults.inject(emulator.baseUrl(), "{\"method\":\"GET\",\"path_regex\":\"list_projects\",\"status\":500,\"times\":-1}");
        Outcome outcome = cli.run("list-projects", "--team-id", "1");
        assertEquals(1, outcome.exitCode(), outcome::toString);
        assertOneLine(outcome);
        assertTrue(outcome.err().contains("500"), outcome::toString);
    }

    @Test
    void anUnreachableServerIsOne() {
        Outcome outcome = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN)
                .run("list-projects", "--team-id", "1", "--api-url", "http://127.0.0.1:9/v1");
        assertEquals(1, outcome.exitCode(), outcome::toString);
        // One line per retry, then the one error line.
        assertEquals(1, outcome.errLines().stream().filter(l -> l.startsWith("error: ")).count(), outcome::toString);
        assertTrue(outcome.errLines().get(outcome.errLines().size() - 1).startsWith("error: "), outcome::toString);
    }

    @Test
    void theDefaultApiUrlIsTheLiveService() {
        CliContext context = new CliContext(System.out, System.err, java.util.Map.of(), dir);
        GlobalOptions defaults = new GlobalOptions();
        assertEquals("https://api.convex.dev/v1", defaults.apiUrl(context));
        assertTrue(defaults.targetsLiveService(context));
    }

    @Test
    void aFailedCallToTheLiveServiceSaysWhereItWent() {
        Failure failure = Failure.of(new ServerErrorException("listProjects", 502, null, "bad gateway", null), true);
        assertEquals(1, failure.exitCode());
        assertTrue(failure.message().contains("live Convex service") && failure.message().contains("--emulator"), failure.message());
        assertFalse(Failure.of(new ServerErrorException("listProjects", 502, null, "bad gateway", null), false)
                .message().contains("live"), "not said of other servers");
    }

    @Test
    void noSubcommandIsInvalidInput() {
        Outcome outcome = new CliRun(dir).run();
        assertEquals(2, outcome.exitCode());
        assertOneLine(outcome);
    }

    @Test
    void helpListsTheExitCodes() {
        Outcome outcome = new CliRun(dir).run("--help");
        assertEquals(0, outcome.exitCode());
        assertTrue(outcome.out().contains("Exit codes:"), outcome.out());
        for (String line : new String[] {"0   ok", "1   failed", "2   invalid input", "3   not found", "4   unauthorized"}) {
            assertTrue(outcome.out().contains(line), () -> line + " missing in " + outcome.out());
        }
    }

    @Test
    void everySubcommandsHelpListsTheExitCodesToo() {
        for (String[] args : new String[][] {{"create-project", "--help"}, {"preview", "sweep", "--help"}, {"emulator", "--help"}}) {
            Outcome outcome = new CliRun(dir).run(args);
            assertEquals(0, outcome.exitCode(), outcome::toString);
            assertTrue(outcome.out().contains("3   not found"), outcome::toString);
        }
    }

    @Test
    void aSweepWithAWrongTokenIsFourDryRunOrNotAndDeletesNothing() throws Exception {
        Path store = dir.resolve("sweep-wrong-token.json");
        String project = cli.run("--json", "get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo").json().get("id").asText();
        Outcome created = cli.run("preview", "create", "--project-id", project, "--branch", "feature/old", "--state-file", store.toString());
        assertEquals(0, created.exitCode(), created::toString);
        CliRun wrongToken = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", "not-the-token").withArgs("--api-url", emulator.baseUrl());
        for (String dryRun : new String[] {"--dry-run", "--concurrency=1"}) {
            Outcome outcome = wrongToken.run("preview", "sweep", "--project-id", project, "--keep-branches", "main", dryRun,
                    "--state-file", store.toString());
            assertEquals(4, outcome.exitCode(), outcome::toString);
            assertOneLine(outcome);
            assertEquals("", outcome.out(), outcome::toString);
        }
        Outcome list = cli.run("--json", "preview", "list", "--project-id", project, "--state-file", store.toString());
        assertTrue(list.json().get(0).get("existsOnServer").asBoolean(), list::toString);
    }

    @Test
    void eachRetryOfAnUnreachableServerPrintsALineBeforeTheError() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Outcome outcome = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN)
                .run("--api-url", "http://127.0.0.1:" + closed + "/v1", "list-projects", "--team-id", "1");
        assertEquals(1, outcome.exitCode(), outcome::toString);
        List<String> lines = outcome.errLines();
        assertEquals(4, lines.size(), outcome::toString);
        for (int attempt = 2; attempt <= 4; attempt++) {
            String line = lines.get(attempt - 2);
            assertTrue(line.matches("retrying listProjects in \\d+\\.\\d s \\(attempt " + attempt + " of 4\\): connection refused"), line);
        }
        assertTrue(lines.get(3).startsWith("error: listProjects failed: could not reach"), outcome::toString);
    }

    @Test
    void aConnectionTheServerClosedSaysSoInsteadOfBlamingTheUrl() throws Exception {
        Faults.inject(emulator.baseUrl(), "{\"drop\":true,\"times\":4}");
        Outcome outcome = cli.run("list-projects", "--team-id", "1");
        assertEquals(1, outcome.exitCode(), outcome::toString);
        List<String> lines = outcome.errLines();
        assertTrue(lines.get(0).endsWith("(attempt 2 of 4): the server closed the connection"), outcome::toString);
        String error = lines.get(lines.size() - 1);
        assertTrue(error.contains("closed the connection without an answer"), error);
        assertFalse(error.contains("could not reach") || error.contains("check the API URL"), error);
    }

    @Test
    void versionIsZeroWithTheNameAndVersionOnStdout() {
        for (String option : new String[] {"--version", "-V"}) {
            Outcome outcome = new CliRun(dir).run(option);
            assertEquals(0, outcome.exitCode(), outcome::toString);
            assertEquals("convex-preview development build\n", outcome.out(), outcome::toString);
            assertEquals("", outcome.err(), outcome::toString);
        }
        assertEquals("convex-preview development build\n", new CliRun(dir).run("list-projects", "--version").out(),
                "after a subcommand too (the full parser)");
    }
}
