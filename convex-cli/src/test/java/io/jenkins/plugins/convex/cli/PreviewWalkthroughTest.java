package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through as separate commands: {@code --emulator --emulator-state} keeps the
 * server's state and the default {@code .convex/previews.json} keeps the previews between them.
 */
class PreviewWalkthroughTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private String project;

    @BeforeEach
    void demoProject() {
        cli = new CliRun(dir).withArgs("--emulator", "--emulator-state", "emulator.json");
        project = Long.toString(ok("--json", "get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo").get("id").asLong());
    }

    private JsonNode ok(String... args) {
        Outcome outcome = cli.run(args);
        assertEquals(0, outcome.exitCode(), outcome::toString);
        return List.of(args).contains("--json") ? outcome.json() : null;
    }

    private JsonNode create(String branch, String... more) {
        List<String> args = new ArrayList<>(List.of("preview", "create", "--project-id", project, "--branch", branch, "--json"));
        args.addAll(List.of(more));
        return ok(args.toArray(String[]::new));
    }

    @Test
    void createThenCreateAgainReusesTheSamePreview() {
        JsonNode first = create("feature/login");
        assertTrue(first.get("created").asBoolean());
        assertEquals("feature/login", first.get("identity").asText());
        assertEquals("preview", first.get("deploymentType").asText());
        assertEquals("aws-us-east-1", first.get("region").asText());
        String name = first.get("name").asText();
        // --emulator gives deployments URLs on the embedded emulator (which serves their own API).
        assertTrue(first.get("url").asText().matches("http://127\\.0\\.0\\.1:\\d+/d/" + name), first.toString());
        assertEquals("https://dashboard.convex.dev/d/" + name, first.get("dashboardUrl").asText());
        assertTrue(Files.exists(dir.resolve(".convex/previews.json")), "default state file in the working directory");

        JsonNode second = create("feature/login");
        assertFalse(second.get("created").asBoolean());
        assertEquals(name, second.get("name").asText());
    }

    @Test
    void recreateReplacesThePreview() {
        String before = create("feature/reset").get("name").asText();
        JsonNode after = create("feature/reset", "--recreate");
        assertTrue(after.get("created").asBoolean());
        assertFalse(before.equals(after.get("name").asText()));
        assertEquals(3, cli.run("get-deployment", "--deployment-name", before).exitCode(), "the old one is gone");
    }

    @Test
    void listShowsTheStoredPreviewsAndWhetherEachStillExists() {
        String kept = create("feature/a").get("name").asText();
        String deletedBehindOurBack = create("feature/b").get("name").asText();
        ok("delete-deployment", "--deployment-name", deletedBehindOurBack);

        JsonNode list = ok("preview", "list", "--project-id", project, "--json");
        assertEquals(2, list.size(), list.toString());
        for (JsonNode p : list) {
            boolean exists = p.get("existsOnServer").asBoolean();
            assertEquals(p.get("name").asText().equals(kept), exists, p.toString());
        }
    }

    @Test
    void deleteByBranchRemovesThePreviewAndThenTheBranchIsNotFound() {
        String name = create("fix/auth").get("name").asText();
        JsonNode deleted = ok("preview", "delete", "--project-id", project, "--branch", "fix/auth", "--json");
        assertEquals(name, deleted.get("name").asText());
        assertTrue(deleted.get("storeEntryRemoved").asBoolean());
        assertEquals(3, cli.run("get-deployment", "--deployment-name", name).exitCode());

        Outcome again = cli.run("preview", "delete", "--project-id", project, "--branch", "fix/auth");
        assertEquals(3, again.exitCode(), again::toString);
        assertEquals(1, again.errLines().size(), again::toString);
    }

    @Test
    void deleteRefusesAProductionDeploymentUnlessAllowed() {
        String prod = ok("--json", "get-default-prod-deployment", "--project-id", project).get("name").asText();
        Outcome refused = cli.run("preview", "delete", "--deployment-name", prod);
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("--allow-production"), refused::toString);
        assertEquals(0, cli.run("get-deployment", "--deployment-name", prod).exitCode(), "still there");

        ok("preview", "delete", "--deployment-name", prod, "--allow-production");
        assertEquals(3, cli.run("get-deployment", "--deployment-name", prod).exitCode());
    }

    @Test
    void sweepDeletesThePreviewsOfBranchesNotKept() {
        String kept = create("main").get("name").asText();
        String gone = create("feature/old").get("name").asText();
        Outcome sweep = cli.run("preview", "sweep", "--project-id", project, "--keep-branches", "main", "--json");
        assertEquals(0, sweep.exitCode(), sweep::toString);
        assertEquals(1, sweep.json().get("deleted").size(), sweep::toString);
        assertTrue(sweep.err().contains("[1/1] deleted preview feature/old (" + gone + ")"), sweep::toString);
        assertEquals(0, cli.run("get-deployment", "--deployment-name", kept).exitCode());
        assertEquals(3, cli.run("get-deployment", "--deployment-name", gone).exitCode());
    }

    @Test
    void sweepDryRunDeletesNothing() {
        String name = create("feature/dry").get("name").asText();
        Outcome sweep = cli.run("preview", "sweep", "--project-id", project, "--keep-branches", "main", "--dry-run");
        assertEquals(0, sweep.exitCode(), sweep::toString);
        assertTrue(sweep.out().contains("Would delete"), sweep::toString);
        assertEquals(0, cli.run("get-deployment", "--deployment-name", name).exitCode());
    }

    @Test
    void sweepWithNeitherKeepBranchesNorOlderThanIsRefused() {
        Outcome outcome = cli.run("preview", "sweep", "--project-id", project);
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertTrue(outcome.err().contains("--keep-branches") && outcome.err().contains("--older-than"), outcome::toString);
    }

    @Test
    void aMalformedAgeIsRefusedNamingOlderThan() {
        Outcome outcome = cli.run("preview", "sweep", "--project-id", project, "--older-than", "3 weeks");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertTrue(outcome.err().contains("--older-than") && outcome.err().contains("'3 weeks'"), outcome::toString);
    }

    @Test
    void branchAndPrTogetherAreRefused() {
        Outcome outcome = cli.run("preview", "create", "--project-id", project, "--branch", "x", "--pr", "4");
        assertEquals(2, outcome.exitCode(), outcome::toString);
        assertEquals(1, outcome.errLines().size(), outcome::toString);
    }

    @Test
    void aPullRequestGetsIdentityPrN() {
        JsonNode pr = ok("preview", "create", "--project-id", project, "--pr", "42", "--json");
        assertEquals("pr-42", pr.get("identity").asText());
        Outcome bad = cli.run("preview", "create", "--project-id", project, "--pr", "forty-two");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("--pr") && bad.err().contains("'forty-two'"), bad::toString);
    }
}
