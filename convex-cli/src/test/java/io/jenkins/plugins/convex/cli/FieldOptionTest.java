package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --field NAME} prints one field raw, so the README's lifecycle needs no jq. */
class FieldOptionTest {

    @TempDir
    Path dir;

    private CliRun cli() {
        return new CliRun(dir).withArgs("--emulator", "--emulator-state", "emulator.json");
    }

    private static String ok(Outcome outcome) {
        assertEquals(0, outcome.exitCode(), outcome::toString);
        return outcome.out();
    }

    @Test
    void anObjectsFieldIsPrintedRaw() {
        String id = ok(cli().run("get-project-by-slug", "--team-id-or-slug", "demo-team", "--project-slug", "demo", "--field", "id"));
        assertTrue(id.matches("[1-9][0-9]*\\R"), id);
        assertEquals("demo\n", ok(cli().run("get-project", "--project-id", id.strip(), "--field", "slug")));
    }

    @Test
    void aListPrintsTheFieldOfEachItemOnALine() {
        assertEquals("demo\n", ok(cli().run("list-projects", "--team-id", "1", "--field", "slug")));
    }

    @Test
    void thePreviewsDeployKeyIsPrintedRawWithShowKey() {
        String project = ok(cli().run("get-project-by-slug", "--team-id-or-slug", "demo-team", "--project-slug", "demo", "--field", "id")).strip();
        String key = ok(cli().run("preview", "create", "--project-id", project, "--pr", "42", "--deploy-key", "--key-name", "build-7",
                "--show-key", "--field", "deployKey"));
        assertTrue(key.matches("preview:[a-z0-9-]+\\|\\S+\\R"), key);
    }

    @Test
    void aFieldTheResultLacksIsRefusedNamingTheFieldsItHas() {
        Outcome outcome = cli().run("list-projects", "--team-id", "1", "--field", "nope");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals(List.of("error: --field: 'nope' is not allowed; allowed: one of id, name, slug, team_id"), outcome.errLines());
    }

    @Test
    void fieldAndJsonExcludeEachOtherBeforeAnyRequest() {
        Outcome outcome = new CliRun(dir).run("list-projects", "--team-id", "1", "--json", "--field", "id", "--api-url", "http://127.0.0.1:1/v1");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals(List.of("error: --field: not allowed together with --json; choose one"), outcome.errLines());
    }
}
