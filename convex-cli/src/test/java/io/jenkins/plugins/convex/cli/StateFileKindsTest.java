package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator's state file and the preview store are both JSON with {@code "version": 1}: each says
 * what it is, and one given where the other belongs is refused (exit 2) and left as it was.
 */
class StateFileKindsTest {

    @TempDir
    Path dir;

    private CliRun cli() {
        return new CliRun(dir);
    }

    private Path emulatorState() {
        Outcome made = cli().run("--emulator", "--emulator-state", "emulator.json", "list-projects", "--team-id", "1");
        assertEquals(0, made.exitCode(), made::toString);
        return dir.resolve("emulator.json");
    }

    private Path previewStore() {
        Outcome made = cli().run("--emulator", "preview", "create", "--project-id", demoProject(), "--branch", "main",
                "--state-file", "previews.json");
        assertEquals(0, made.exitCode(), made::toString);
        return dir.resolve("previews.json");
    }

    private String demoProject() {
        return cli().run("--emulator", "--json", "get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo")
                .json().get("id").asText();
    }

    private static void refused(Outcome outcome, String expectedLine) {
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals(List.of(expectedLine), outcome.errLines());
        assertEquals("", outcome.out(), outcome::toString);
    }

    @Test
    void eachFileSaysWhatItIs() throws Exception {
        assertTrue(Files.readString(emulatorState()).contains("\"kind\" : \"convex-emulator-state\""));
        assertTrue(Files.readString(previewStore()).contains("\"kind\" : \"convex-preview-store\""));
    }

    @Test
    void anEmulatorStateGivenAsThePreviewStoreIsRefusedAndLeftAlone() throws Exception {
        Path state = emulatorState();
        String before = Files.readString(state);
        refused(cli().run("--emulator", "preview", "list", "--project-id", demoProject(), "--state-file", "emulator.json"),
                "error: --state-file: 'emulator.json' is not allowed; allowed: a preview store or a new file"
                        + " (it is a convex-emulator-state file, not a preview store)");
        assertEquals(before, Files.readString(state));
    }

    @Test
    void aPreviewStoreGivenAsTheEmulatorStateIsRefusedAndLeftAlone() throws Exception {
        Path store = previewStore();
        String before = Files.readString(store);
        refused(cli().run("--emulator", "--emulator-state", "previews.json", "list-projects", "--team-id", "1"),
                "error: --emulator-state: 'previews.json' is not allowed; allowed: an emulator state file or a new file"
                        + " (it is a convex-preview-store file, not an emulator state)");
        refused(cli().run("emulator", "--port", "0", "--state", "previews.json"),
                "error: --state: 'previews.json' is not allowed; allowed: an emulator state file or a new file"
                        + " (it is a convex-preview-store file, not an emulator state)");
        assertEquals(before, Files.readString(store));
    }

    @Test
    void filesWrittenBeforeTheyHadAKindAreToldApartByTheirContent() throws Exception {
        Path oldStore = Files.writeString(dir.resolve("old-store.json"), "{\"version\":1,\"previews\":[],\"reservations\":[]}");
        refused(cli().run("--emulator", "--emulator-state", "old-store.json", "list-projects", "--team-id", "1"),
                "error: --emulator-state: 'old-store.json' is not allowed; allowed: an emulator state file or a new file"
                        + " (it is not an emulator state (no \"teams\"; a preview store?))");
        Path state = emulatorState();
        Files.writeString(state, Files.readString(state).replace("\"kind\" : \"convex-emulator-state\",", ""));
        refused(cli().run("--emulator", "preview", "list", "--project-id", "1", "--state-file", "emulator.json"),
                "error: --state-file: 'emulator.json' is not allowed; allowed: a preview store or a new file"
                        + " (it is not a preview store (no \"previews\"; an emulator state?))");
        assertEquals("{\"version\":1,\"previews\":[],\"reservations\":[]}", Files.readString(oldStore));
    }
}
