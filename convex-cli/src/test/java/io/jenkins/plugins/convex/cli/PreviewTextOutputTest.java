package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text output speaks the user's units: ages as typed, times to the second, the expiry when there is one. */
class PreviewTextOutputTest {

    private static final Pattern FRACTION = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
    private static final Pattern TO_THE_SECOND = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}Z");

    @TempDir
    Path dir;

    private CliRun emulator(String... dialect) {
        return new CliRun(dir).withArgs("--emulator", "--emulator-state", "emulator.json").withArgs(dialect);
    }

    private static Outcome ok(Outcome outcome) {
        assertEquals(0, outcome.exitCode(), outcome::toString);
        return outcome;
    }

    private String demoProject(CliRun cli) {
        return ok(cli.run("--json", "get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo")).json().get("id").asText();
    }

    @Test
    void theSweepSaysWhatWasKeptInTheUnitsOfOlderThan() {
        CliRun cli = emulator();
        String project = demoProject(cli);
        ok(cli.run("preview", "create", "--project-id", project, "--branch", "feature/young"));
        Outcome sweep = ok(cli.run("preview", "sweep", "--project-id", project, "--older-than", "5d"));
        assertTrue(sweep.out().contains("younger than 5d"), sweep::toString);
        assertFalse(sweep.out().contains("PT120H"), sweep::toString);
        Outcome hours = ok(cli.run("--json", "preview", "sweep", "--project-id", project, "--older-than", "36h"));
        assertEquals("younger than 36h", hours.json().get("kept").get(0).get("note").asText());
    }

    @Test
    void tablesShowTimesToTheSecondAndJsonKeepsThemWhole() {
        CliRun cli = emulator();
        String project = demoProject(cli);
        ok(cli.run("preview", "create", "--project-id", project, "--branch", "feature/times"));
        Outcome text = ok(cli.run("preview", "list", "--project-id", project));
        assertTrue(TO_THE_SECOND.matcher(text.out()).find(), text::toString);
        assertFalse(FRACTION.matcher(text.out()).find(), text::toString);
        Outcome json = ok(cli.run("--json", "preview", "list", "--project-id", project));
        String createdAt = json.json().get(0).get("createdAt").asText();
        assertTrue(FRACTION.matcher(createdAt).find(), createdAt);
    }

    @Test
    void previewListShowsTheExpiryWhenThereIsOne() {
        CliRun plain = emulator();
        String project = demoProject(plain);
        ok(plain.run("preview", "create", "--project-id", project, "--branch", "feature/forever"));
        assertFalse(ok(plain.run("preview", "list", "--project-id", project)).out().contains("EXPIRES_AT"));

        CliRun platform = new CliRun(dir).withArgs("--emulator", "--emulator-state", "platform.json", "--api-dialect", "platform");
        String platformProject = demoProject(platform);
        ok(platform.run("preview", "create", "--project-id", platformProject, "--branch", "feature/brief", "--expires-in", "2d",
                "--state-file", "platform-previews.json"));
        Outcome list = ok(platform.run("preview", "list", "--project-id", platformProject, "--state-file", "platform-previews.json"));
        String[] lines = list.out().split("\\R");
        assertTrue(lines[0].contains("EXPIRES_AT"), list::toString);
        assertEquals(2, TO_THE_SECOND.matcher(lines[1]).results().count(), "created and expires, to the second: " + lines[1]);
    }
}
