package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --emulator}: an in-process emulator with demo data, no token; {@code --emulator-state} keeps it. */
class EmbeddedEmulatorTest {

    @TempDir
    Path dir;

    @Test
    void emulatorNeedsNoTokenAndHasTheDemoProject() {
        Outcome outcome = new CliRun(dir).run("--emulator", "--json", "get-project-by-slug",
                "--team-id-or-slug", "demo-team", "--project-slug", "demo");
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertEquals("Demo", outcome.json().get("name").asText());
    }

    @Test
    void emulatorIsAcceptedAfterTheSubcommandToo() {
        Outcome outcome = new CliRun(dir).run("list-team-members", "--team-id", "1", "--emulator", "--json");
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertTrue(outcome.json().size() >= 2, outcome::toString);
    }

    @Test
    void withoutStateEachInvocationStartsAfresh() {
        CliRun cli = new CliRun(dir).withArgs("--emulator", "--json");
        assertEquals(0, cli.run("create-project", "--team-id", "1", "--name", "Ephemeral").exitCode());
        JsonNode projects = cli.run("list-projects", "--team-id", "1").json();
        assertEquals(1, projects.size(), "only the demo project: " + projects);
    }

    @Test
    void emulatorStateKeepsWhatOneInvocationCreatedForTheNext() {
        CliRun cli = new CliRun(dir).withArgs("--emulator", "--emulator-state", "emulator.json", "--json");
        Outcome created = cli.run("create-project", "--team-id", "1", "--name", "Kept");
        assertEquals(0, created.exitCode(), created::toString);
        long id = created.json().get("id").asLong();
        assertTrue(Files.exists(dir.resolve("emulator.json")), "state file in the working directory");

        Outcome again = cli.run("get-project", "--project-id", Long.toString(id));
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("Kept", again.json().get("name").asText());
        assertEquals(2, cli.run("list-projects", "--team-id", "1").json().size(), "demo once, plus Kept");
    }

    @Test
    void emulatorAndApiUrlTogetherAreRefused() {
        Outcome outcome = new CliRun(dir).run("--emulator", "--api-url", "http://127.0.0.1:1/v1", "list-projects", "--team-id", "1");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertTrue(outcome.err().contains("--api-url"), outcome::toString);
    }
}
