package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SpecProjectsTest extends EmulatorTestBase {

    @Test
    void createdProjectHasAnInt64IdAboveTwoToThe32AndASlugFromItsName() {
        JsonNode project = createProject("My App");
        assertTrue(project.get("id").asLong() > (1L << 32), project.toString());
        assertEquals("my-app", project.get("slug").asText());
        assertEquals("My App", project.get("name").asText());
        assertEquals(1, project.get("team_id").asLong());
        assertEquals(4, project.size(), "exactly the spec's Project fields: " + project);
    }

    @Test
    void projectsWithTheSameNameGetDistinctSlugs() {
        assertEquals("app", createProject("app").get("slug").asText());
        assertEquals("app-2", createProject("app").get("slug").asText());
    }

    @Test
    void createProjectWithARegionCreatesAnInitialProdDeployment() {
        JsonNode project = ok(http.post("/v1/teams/1/create_project",
                "{\"name\":\"p\",\"deployment_region\":\"aws-eu-west-1\",\"deployment_class\":\"s256\"}"));
        JsonNode deployments = ok(http.get("/v1/projects/" + project.get("id").asLong() + "/deployments/list"));
        assertEquals(1, deployments.size());
        assertEquals("prod", deployments.get(0).get("deployment_type").asText());
        assertEquals("aws-eu-west-1", deployments.get(0).get("region").asText());
        assertEquals("s256", deployments.get(0).get("deployment_class").asText());
    }

    @Test
    void createProjectWithoutARegionCreatesNoDeployment() {
        JsonNode project = createProject("bare");
        assertEquals(0, ok(http.get("/v1/projects/" + project.get("id").asLong() + "/deployments/list")).size());
    }

    @Test
    void listProjectsListsOnlyTheTeamsOwnProjects() {
        createProject("one");
        ok(other.post("/v1/teams/2/create_project", "{\"name\":\"two\"}"));
        JsonNode list = ok(http.get("/v1/teams/1/list_projects"));
        assertEquals(1, list.size());
        assertEquals("one", list.get(0).get("name").asText());
    }

    @Test
    void getProjectReturnsTheProject() {
        long id = createProject("p").get("id").asLong();
        assertEquals(id, ok(http.get("/v1/projects/" + id)).get("id").asLong());
    }

    @Test
    void getProjectBySlugAcceptsTheTeamIdOrTheTeamSlug() {
        long id = createProject("Shop").get("id").asLong();
        assertEquals(id, ok(http.get("/v1/teams/1/projects/shop")).get("id").asLong());
        assertEquals(id, ok(http.get("/v1/teams/team-one/projects/shop")).get("id").asLong());
    }

    @Test
    void getProjectBySlugOfAnUnknownSlugIsNotFound() {
        error(404, http.get("/v1/teams/1/projects/nope"));
    }

    @Test
    void deletingAProjectDeletesItsDeployments() {
        long id = createProject("p").get("id").asLong();
        String name = createDeployment(id, "dev").get("name").asText();
        Http.Reply deleted = http.post("/v1/projects/" + id + "/delete");
        assertEquals(200, deleted.status());
        error(404, http.get("/v1/projects/" + id));
        error(404, http.get("/v1/deployments/" + name));
    }

    @Test
    void anotherTeamsProjectIsNotFound() {
        long id = createProject("mine").get("id").asLong();
        error(404, other.get("/v1/projects/" + id));
        error(404, other.post("/v1/projects/" + id + "/delete"));
        error(404, other.get("/v1/projects/" + id + "/deployments/list"));
        error(404, other.get("/v1/teams/team-one/projects/mine"));
        assertFalse(ok(http.get("/v1/teams/1/list_projects")).isEmpty(), "the project must survive the other team's delete");
    }

    @Test
    void anotherTeamsIdInTheTeamPathIsNotFound() {
        error(404, other.get("/v1/teams/1/list_projects"));
        error(404, other.post("/v1/teams/1/create_project", "{\"name\":\"x\"}"));
    }
}
