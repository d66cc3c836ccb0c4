package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone {@code emulator} subcommand, run in a thread of the test (interrupting it stops it). */
class EmulatorCommandTest {

    private static final Pattern LISTENING = Pattern.compile("Convex Management API emulator listening on (http://127\\.0\\.0\\.1:(\\d+)/v1)");

    @TempDir
    Path dir;

    private Thread thread;
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void stop() throws InterruptedException {
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
            thread = null;
        }
    }

    /** Starts the subcommand and returns its URL once it printed it. */
    private String start(Map<String, String> env, String... args) throws InterruptedException {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        thread = new Thread(() -> exitCode.set(Main.run(args, new CliContext(o, e, env, dir))));
        thread.start();
        for (int i = 0; i < 200; i++) {
            Matcher m = LISTENING.matcher(stdout());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the emulator did not announce itself: " + stdout());
    }

    private String stdout() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private Outcome listProjects(String url, String token) throws Exception {
        Path tokenFile = Files.writeString(Files.createTempFile(dir, "token", ""), token);
        return new CliRun(dir).run("--api-url", url, "--token-file", tokenFile.toString(), "--json", "list-projects", "--team-id", "7");
    }

    @Test
    void servesTheGivenTeamsOnAFreePortUntilStopped() throws Exception {
        String url = start(Map.of(), "emulator", "--port", "0", "--team", "7:acme:tok-seven", "--demo");
        assertTrue(Integer.parseInt(url.replaceAll(".*:(\\d+)/v1", "$1")) > 0, url);
        Outcome projects = listProjects(url, "tok-seven");
        assertEquals(0, projects.exitCode(), projects::toString);
        assertEquals("demo", projects.json().get(0).get("slug").asText());

        thread.interrupt();
        thread.join(10_000);
        assertEquals(0, exitCode.get());
        assertEquals(1, listProjects(url, "tok-seven").exitCode(), "stopped: nothing listens any more");
    }

    @Test
    void withoutTeamItMakesTeamOneWithARandomTokenAndPrintsIt() throws Exception {
        String url = start(Map.of(), "emulator", "--port", "0");
        Matcher token = Pattern.compile("Team 1 \\(demo-team\\) token: (\\S+)").matcher(stdout());
        assertTrue(token.find(), stdout());
        Path tokenFile = Files.writeString(dir.resolve("t"), token.group(1));
        Outcome members = new CliRun(dir).run("--api-url", url, "--token-file", tokenFile.toString(), "list-team-members", "--team-id", "1");
        assertEquals(0, members.exitCode(), members::toString);
    }

    @Test
    void withoutTeamItTakesTheTokenFromTheEnvironmentAndDoesNotPrintIt() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("CONVEX_MANAGEMENT_TOKEN", "env-token-123");
        String url = start(env, "emulator", "--port", "0");
        assertFalse(stdout().contains("env-token-123"), stdout());
        Outcome members = new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", "env-token-123")
                .run("--api-url", url, "list-team-members", "--team-id", "1");
        assertEquals(0, members.exitCode(), members::toString);
    }

    @Test
    void aMalformedTeamIsRefusedWithoutRepeatingItsToken() {
        Outcome outcome = new CliRun(dir).run("emulator", "--port", "0", "--team", "seven:acme:tok-secret");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals(1, outcome.errLines().size(), outcome::toString);
        assertTrue(outcome.err().contains("--team"), outcome::toString);
        assertFalse(outcome.err().contains("tok-secret"), outcome::toString);
    }

    @Test
    void aBusyPortSaysSoAndDoesNotClaimARequestWentToTheLiveService() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome outcome = new CliRun(dir).run("emulator", "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(1, outcome.exitCode(), outcome::toString);
            assertEquals(1, outcome.errLines().size(), outcome::toString);
            assertTrue(outcome.err().contains("--port") && outcome.err().contains("already in use"), outcome::toString);
            assertFalse(outcome.err().contains("live Convex service"), outcome::toString);
        }
    }

    @Test
    void aStateThatIsNotAStateFileIsRefusedWithoutClaimingARequest() throws Exception {
        Path notJson = Files.writeString(dir.resolve("notes.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Outcome outcome = new CliRun(dir).run("emulator", "--port", "0", "--state", "notes.txt");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals(List.of("error: --state: 'notes.txt' is not allowed; allowed: an emulator state file or a new file (it is not JSON)"),
                outcome.errLines());
        assertEquals("root:x:0:0:root:/root:/bin/bash\n", Files.readString(notJson));
    }

    @Test
    void aTeamWithoutTokenNamesTheExpectedFormNotAMaskedToken() {
        Outcome outcome = new CliRun(dir).run("emulator", "--port", "0", "--team", "1:demo-team");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertTrue(outcome.err().contains("ID:SLUG:TOKEN") && outcome.err().contains("token part is missing"), outcome::toString);
        assertFalse(outcome.err().contains("****"), outcome::toString);
    }

    @Test
    void restartedOnItsStateWithoutTeamItReusesAndPrintsTheStatesToken() throws Exception {
        String first = startAndReadToken("emulator", "--port", "0", "--state", "emu.json");
        stop();
        synchronized (out) {
            out.reset();
        }
        String second = startAndReadToken("emulator", "--port", "0", "--state", "emu.json");
        assertEquals(first, second);
        assertEquals(1, new ObjectMapper().readTree(dir.resolve("emu.json").toFile()).get("tokens").size(),
                "no new token added by the restart");
    }

    private String startAndReadToken(String... args) throws Exception {
        String url = start(Map.of(), args);
        Matcher token = Pattern.compile("Team 1 \\(demo-team\\) token: (\\S+)").matcher(stdout());
        assertTrue(token.find(), stdout());
        Path tokenFile = Files.writeString(dir.resolve("t"), token.group(1));
        Outcome members = new CliRun(dir).run("--api-url", url, "--token-file", tokenFile.toString(), "list-team-members", "--team-id", "1");
        assertEquals(0, members.exitCode(), members::toString);
        return token.group(1);
    }

    @Test
    void itsHelpListsOnlyTheOptionsItTakes() {
        Outcome help = new CliRun(dir).run("emulator", "--help");
        assertEquals(0, help.exitCode(), help::toString);
        for (String taken : List.of("--port", "--team", "--state", "--demo", "--api-dialect")) {
            assertTrue(help.out().contains(taken), () -> taken + " missing: " + help.out());
        }
        for (String meaningless : List.of("--api-url", "--token-file", "--json", "--emulator")) {
            assertFalse(help.out().contains(meaningless), () -> meaningless + " listed: " + help.out());
        }
        Outcome json = new CliRun(dir).run("emulator", "--json");
        assertEquals(List.of("error: unknown option '--json' of emulator (see --help)"), json.errLines());
        assertEquals(2, json.exitCode());
    }
}
