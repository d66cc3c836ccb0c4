package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preview delete --deployment-name}: a name the store knows and the server no longer has is
 * already gone (0), a name neither knows is not found (3), and with {@code --project-id} the
 * deployment must be in that project (2 otherwise); nothing is deleted when it fails.
 */
class PreviewDeleteByNameTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private String project;
    private String preview;

    @BeforeEach
    void createAPreview() {
        cli = new CliRun(dir).withArgs("--emulator", "--emulator-state", "emulator.json");
        project = json("get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo").get("id").asText();
        preview = json("preview", "create", "--project-id", project, "--branch", "feature/login").get("name").asText();
    }

    private JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Outcome outcome = cli.run(all.toArray(String[]::new));
        assertEquals(0, outcome.exitCode(), outcome::toString);
        return outcome.json();
    }

    private boolean previewExists() {
        return json("preview", "list", "--project-id", project).get(0).get("existsOnServer").asBoolean();
    }

    @Test
    void aNameNeitherTheStoreNorTheServerKnowsIsNotFound() {
        Outcome typo = cli.run("preview", "delete", "--deployment-name", "happy-otter-999");
        assertEquals(3, typo.exitCode(), typo::toString);
        assertEquals(List.of("error: deployment happy-otter-999 is neither on the server nor in the preview store; nothing was deleted"),
                typo.errLines());
        assertTrue(previewExists());
    }

    @Test
    void aNameTheStoreKnowsAndTheServerNoLongerHasIsAlreadyGone() {
        json("delete-deployment", "--deployment-name", preview);
        Outcome outcome = cli.run("preview", "delete", "--deployment-name", preview);
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertTrue(outcome.err().contains("already gone"), outcome::toString);
    }

    @Test
    void withProjectIdTheDeploymentMustBeInThatProject() {
        String other = json("create-project", "--team-id", "1", "--name", "Other").get("id").asText();
        Outcome refused = cli.run("preview", "delete", "--project-id", other, "--deployment-name", preview);
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals(List.of("error: --project-id: deployment " + preview + " is in project " + project + ", not in project " + other
                + "; nothing was deleted"), refused.errLines());
        assertTrue(previewExists());

        Outcome deleted = cli.run("preview", "delete", "--project-id", project, "--deployment-name", preview);
        assertEquals(0, deleted.exitCode(), deleted::toString);
        assertEquals(0, json("preview", "list", "--project-id", project).size(), "deleted and gone from the store");
    }
}
