package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo}: the lifecycle walked against the embedded emulator, with real output. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void walksTheLifecycleStepByStep() {
        Outcome outcome = new CliRun(dir).run("demo");
        assertEquals(0, outcome.exitCode(), outcome::toString);
        String out = outcome.out();
        String[] inOrder = {
            "1. List the team's projects", "demo  Demo",
            "2. Create the preview of branch feature/login", "created          true",
            "3. Create it again", "created          false",
            "deploy key 'feature/login/build-42' created for", "(not shown)",
            "fix/auth -> fix/auth ", "fix/auth-2 -> fix/auth-2 ",
            "List the previews of the project", "EXISTS_ON_SERVER",
            "Delete the preview of feature/login", "storeEntryRemoved  true",
            "Sweep", "1 deleted, 0 failed, 1 kept"};
        int at = 0;
        for (String expected : inOrder) {
            int found = out.indexOf(expected, at);
            assertTrue(found >= 0, () -> "'" + expected + "' missing (in order) in:\n" + out);
            at = found + expected.length();
        }
        assertFalse(out.matches("(?s).*preview:[a-z0-9-]+\\|.*"), "the deploy key is not printed");
    }

    @Test
    void leavesNoPreviewStoreBehind() throws Exception {
        assertEquals(0, new CliRun(dir).run("demo").exitCode());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the demo's store is temporary");
        }
    }
}
