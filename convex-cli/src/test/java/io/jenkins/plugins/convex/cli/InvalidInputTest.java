package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input fails with exit code 2 and one line naming the option, the value and what is allowed,
 * and nothing reaches the server.
 */
class InvalidInputTest {

    private static final String TOKEN = "invalid-input-test-token";

    @TempDir
    static Path dir;

    static ConvexEmulator emulator;
    static CliRun cli;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).build();
        emulator.start();
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
        cli = new CliRun(dir).withArgs("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void forgetRequests() {
        emulator.clearRequests();
    }

    @AfterEach
    void nothingReachedTheServer() {
        assertEquals(0, emulator.requests().size(), () -> "requests: " + emulator.requests());
    }

    private static String rejected(Outcome outcome) {
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals("", outcome.out(), outcome::toString);
        assertEquals(1, outcome.errLines().size(), () -> "one line: " + outcome.err());
        return outcome.errLines().get(0);
    }

    private static void assertNames(String line, String... parts) {
        for (String part : parts) {
            assertTrue(line.contains(part), () -> "'" + part + "' missing in: " + line);
        }
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheRegionsAllowed() {
        String line = rejected(cli.run("create-cloud-deployment", "--project-id", "5",
                "--deployment-type", "preview", "--region", "mars-north-1"));
        assertNames(line, "--region", "'mars-north-1'", "aws-us-east-1", "aws-eu-west-1");
    }

    @Test
    void anUnknownDeploymentRegionOfCreateProjectNamesItsOwnOption() {
        String line = rejected(cli.run("create-project", "--team-id", "1", "--name", "x", "--deployment-region", "moon"));
        assertNames(line, "--deployment-region", "'moon'", "aws-us-east-1");
    }

    @Test
    void anUnknownDeploymentClassIsRefused() {
        String line = rejected(cli.run("create-cloud-deployment", "--project-id", "5",
                "--deployment-type", "dev", "--region", "aws-us-east-1", "--deployment-class", "xl"));
        assertEquals("error: --deployment-class: 'xl' is not allowed;"
                + " allowed: s16, s256, d1024 on the spec dialect; s16, s256, d1024, d2048 on the platform dialect", line);
    }

    @Test
    void anUnknownDeploymentTypeIsRefused() {
        String line = rejected(cli.run("create-cloud-deployment", "--project-id", "5",
                "--deployment-type", "staging", "--region", "aws-us-east-1"));
        assertNames(line, "--deployment-type", "'staging'", "dev, prod, preview, custom");
    }

    @Test
    void anUnknownRequestDestinationIsRefused() {
        String line = rejected(cli.run("create-custom-domain", "--deployment-name", "happy-otter-123",
                "--domain", "api.example.com", "--request-destination", "web"));
        assertNames(line, "--request-destination", "'web'", "convexCloud, convexSite");
    }

    @Test
    void aNonNumericIdIsRefused() {
        String line = rejected(cli.run("get-project", "--project-id", "twelve"));
        assertNames(line, "--project-id", "'twelve'", "integer");
    }

    @Test
    void aNegativeTeamIdIsRefused() {
        assertNames(rejected(cli.run("list-projects", "--team-id", "-3")), "--team-id", "'-3'");
    }

    @Test
    void anEmptyNameIsRefused() {
        String line = rejected(cli.run("create-project", "--team-id", "1", "--name", ""));
        assertNames(line, "--name", "''", "non-empty");
    }

    @Test
    void aMalformedDomainIsRefused() {
        String line = rejected(cli.run("create-custom-domain", "--deployment-name", "happy-otter-123",
                "--domain", "not a domain", "--request-destination", "convexCloud"));
        assertNames(line, "--domain", "'not a domain'", "DNS name");
    }

    @Test
    void aMalformedDeploymentNameIsRefused() {
        assertNames(rejected(cli.run("get-deployment", "--deployment-name", "Happy Otter")), "--deployment-name", "'Happy Otter'");
    }

    @Test
    void aMissingTokenIsRefusedNamingWhereItComesFrom() {
        Outcome outcome = new CliRun(dir).run("list-projects", "--team-id", "1", "--api-url", emulator.baseUrl());
        assertNames(rejected(outcome), "--token-file", "CONVEX_MANAGEMENT_TOKEN");
    }

    @Test
    void anUnreadableTokenFileIsRefused() {
        Outcome outcome = new CliRun(dir).run("list-projects", "--team-id", "1",
                "--api-url", emulator.baseUrl(), "--token-file", "no-such-file");
        assertNames(rejected(outcome), "--token-file", "'no-such-file'");
    }

    @Test
    void aMissingRequiredOptionIsRefused() {
        assertNames(rejected(cli.run("create-project", "--team-id", "1")), "--name");
    }

    @Test
    void anUnknownSubcommandIsRefused() {
        assertNames(rejected(cli.run("create-projekt")), "create-projekt");
    }

    @Test
    void aMalformedApiUrlIsRefused() {
        assertNames(rejected(new CliRun(dir).env("CONVEX_MANAGEMENT_TOKEN", TOKEN)
                .run("list-projects", "--team-id", "1", "--api-url", "ftp:/x")), "--api-url", "'ftp:/x'");
    }

    @Test
    void emulatorStateWithoutEmulatorIsRefused() {
        assertNames(rejected(cli.run("list-projects", "--team-id", "1", "--emulator-state", "x.json")), "--emulator-state");
    }

    @Test
    void aMistypedSubcommandIsNamedWithTheNearestOne() {
        assertEquals("error: unknown subcommand 'list-project'; did you mean 'list-projects'?", rejected(cli.run("list-project")));
        assertEquals("error: unknown subcommand 'creat' of preview; did you mean 'create'?", rejected(cli.run("preview", "creat")));
    }

    @Test
    void aMistypedOptionIsNamedWithTheNearestOneEvenWhenARequiredOptionIsMissing() {
        assertEquals("error: unknown option '--teem' of list-projects; did you mean '--team-id'?",
                rejected(cli.run("list-projects", "--teem", "1")));
        assertEquals("error: unknown option '--jsn'; did you mean '--json'?", rejected(cli.run("--jsn", "list-projects")));
    }

    @Test
    void aValueThatFailsConversionIsRefusedInTheProjectsFormat() {
        assertEquals("error: --concurrency: 'abc' is not allowed; allowed: a whole number",
                rejected(cli.run("preview", "sweep", "--project-id", "1", "--keep-branches", "main", "--concurrency", "abc")));
        assertEquals("error: --port: 'http' is not allowed; allowed: a whole number", rejected(cli.run("emulator", "--port", "http")));
    }

    @Test
    void helpAndHelpOfASubcommandWork() {
        Outcome all = cli.run("help");
        assertEquals(0, all.exitCode(), all::toString);
        assertTrue(all.out().contains("list-projects") && all.out().contains("preview"), all::toString);
        Outcome one = cli.run("help", "list-projects");
        assertEquals(0, one.exitCode(), one::toString);
        assertTrue(one.out().startsWith("Usage: convex-preview list-projects") && one.out().contains("--team-id"), one::toString);
    }
}
