package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.cli.CliRun.Outcome;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operation's subcommand, against an in-process emulator over real HTTP, with a token file. */
class OperationsAgainstEmulatorTest {

    private static final String TOKEN = "cli-test-token-8d1f";

    @TempDir
    static Path dir;

    static ConvexEmulator emulator;
    static CliRun cli;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).demo(true).build();
        emulator.start();
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        cli = new CliRun(dir).withArgs("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private static JsonNode ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Outcome outcome = cli.run(all.toArray(String[]::new));
        assertEquals(0, outcome.exitCode(), outcome::toString);
        assertEquals("", outcome.err(), outcome::toString);
        assertFalse(outcome.out().contains(TOKEN), "the team token is never printed");
        return outcome.json();
    }

    private static long newProject(String name) {
        return ok("create-project", "--team-id", "1", "--name", name).get("id").asLong();
    }

    private static String newDeployment(long projectId, String type) {
        return ok("create-cloud-deployment", "--project-id", Long.toString(projectId),
                "--deployment-type", type, "--region", "aws-us-east-1").get("name").asText();
    }

    @Test
    void createProjectPrintsTheProjectWithTheSpecsFieldNames() {
        JsonNode project = ok("create-project", "--team-id", "1", "--name", "Shop",
                "--deployment-region", "aws-eu-west-1", "--deployment-class", "s256");
        assertTrue(project.get("id").asLong() > 4_294_967_296L, "int64 ids survive: " + project);
        assertEquals("Shop", project.get("name").asText());
        assertEquals(1, project.get("team_id").asLong());
        assertFalse(project.get("slug").asText().isEmpty());
    }

    @Test
    void listProjectsIncludesTheDemoProject() {
        JsonNode projects = ok("list-projects", "--team-id", "1");
        assertTrue(projects.isArray());
        boolean found = false;
        for (JsonNode p : projects) {
            found |= p.get("slug").asText().equals("demo");
        }
        assertTrue(found, projects.toString());
    }

    @Test
    void listProjectsWithoutJsonPrintsATable() {
        Outcome outcome = cli.run("list-projects", "--team-id", "1");
        assertEquals(0, outcome.exitCode(), outcome::toString);
        String[] lines = outcome.out().split("\\R");
        assertTrue(lines[0].matches("ID\\s+SLUG\\s+NAME\\s+TEAM_ID"), lines[0]);
        assertTrue(outcome.out().contains(" demo "), outcome.out());
    }

    @Test
    void getProjectShowsTheProjectById() {
        long id = newProject("Lookup");
        JsonNode project = ok("get-project", "--project-id", Long.toString(id));
        assertEquals(id, project.get("id").asLong());
        assertEquals("Lookup", project.get("name").asText());
    }

    @Test
    void getProjectBySlugFindsTheDemoProjectByTeamSlug() {
        JsonNode project = ok("get-project-by-slug", "--team-id-or-slug", "demo-team", "--project-slug", "demo");
        assertEquals("demo", project.get("slug").asText());
        assertEquals("Demo", project.get("name").asText());
    }

    @Test
    void deleteProjectRemovesIt() {
        long id = newProject("Short-lived");
        JsonNode answer = ok("delete-project", "--project-id", Long.toString(id));
        assertEquals(0, answer.size(), "the spec's response is empty");
        assertEquals(3, cli.run("get-project", "--project-id", Long.toString(id)).exitCode());
    }

    @Test
    void createCloudDeploymentCreatesOneOfTheGivenTypeRegionAndClass() {
        long project = newProject("Deployments");
        JsonNode d = ok("create-cloud-deployment", "--project-id", Long.toString(project),
                "--deployment-type", "preview", "--region", "aws-eu-west-1", "--deployment-class", "s256");
        assertEquals("preview", d.get("deployment_type").asText());
        assertEquals("aws-eu-west-1", d.get("region").asText());
        assertEquals("s256", d.get("deployment_class").asText());
        assertEquals(project, d.get("project_id").asLong());
        assertEquals("https://" + d.get("name").asText() + ".convex.cloud", d.get("url").asText());
    }

    @Test
    void listDeploymentsListsTheProjectsDeployments() {
        long project = newProject("Listing");
        String name = newDeployment(project, "dev");
        JsonNode list = ok("list-deployments", "--project-id", Long.toString(project));
        assertEquals(1, list.size(), list.toString());
        assertEquals(name, list.get(0).get("name").asText());
    }

    @Test
    void getDeploymentShowsItByName() {
        String name = newDeployment(newProject("Get"), "dev");
        assertEquals("dev", ok("get-deployment", "--deployment-name", name).get("deployment_type").asText());
    }

    @Test
    void deleteDeploymentRemovesIt() {
        String name = newDeployment(newProject("Delete"), "preview");
        ok("delete-deployment", "--deployment-name", name);
        Outcome gone = cli.run("get-deployment", "--deployment-name", name);
        assertEquals(3, gone.exitCode(), gone::toString);
    }

    @Test
    void getDefaultProdDeploymentShowsTheDemoProjectsProd() {
        long demo = ok("get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo").get("id").asLong();
        JsonNode prod = ok("get-default-prod-deployment", "--project-id", Long.toString(demo));
        assertEquals("prod", prod.get("deployment_type").asText());
    }

    @Test
    void createDeployKeyPrintsTheKeyOnceAndListDeployKeysNever() {
        long project = newProject("Keys");
        String name = newDeployment(project, "preview");
        JsonNode key = ok("create-deploy-key", "--project-id", Long.toString(project),
                "--deployment-name", name, "--key-name", "ci");
        assertTrue(key.get("key").asText().startsWith("preview:" + name + "|"), key.toString());
        assertEquals("ci", key.get("name").asText());
        JsonNode listed = ok("list-deploy-keys", "--project-id", Long.toString(project));
        assertEquals(1, listed.size());
        assertEquals(name, listed.get(0).get("deployment_name").asText());
        assertFalse(listed.get(0).has("key"), listed.toString());
    }

    @Test
    void customDomainsCanBeCreatedListedAndDeleted() {
        String name = newDeployment(newProject("Domains"), "prod");
        JsonNode created = ok("create-custom-domain", "--deployment-name", name,
                "--domain", "api.example.com", "--request-destination", "convexSite");
        assertEquals("api.example.com", created.get("domain").asText());
        assertEquals("convexSite", created.get("request_destination").asText());
        assertEquals(1, ok("list-custom-domains", "--deployment-name", name).size());
        ok("delete-custom-domain", "--deployment-name", name, "--domain", "api.example.com");
        assertEquals(0, ok("list-custom-domains", "--deployment-name", name).size());
    }

    @Test
    void listTeamMembersShowsAnAdminAndADeveloper() {
        JsonNode members = ok("list-team-members", "--team-id", "1");
        List<String> roles = new ArrayList<>();
        members.forEach(m -> roles.add(m.get("role").asText()));
        assertTrue(roles.contains("admin") && roles.contains("developer"), members.toString());
    }

    @Test
    void createAccessTokenPrintsATokenThatWorksAtOnce() throws Exception {
        JsonNode token = ok("create-access-token", "--team-id", "1", "--name", "ci-bot");
        assertEquals("ci-bot", token.get("name").asText());
        Path file = Files.writeString(dir.resolve("new-token"), token.get("token").asText());
        Outcome withNewToken = new CliRun(dir).run("list-projects", "--team-id", "1",
                "--api-url", emulator.baseUrl(), "--token-file", file.toString());
        assertEquals(0, withNewToken.exitCode(), withNewToken::toString);
    }
}
