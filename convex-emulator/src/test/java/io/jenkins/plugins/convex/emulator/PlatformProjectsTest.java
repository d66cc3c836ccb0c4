package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PlatformProjectsTest extends PlatformTestBase {

    @Test
    void createProjectAnswersIdProjectIdAndSlugWithoutADeployment() {
        JsonNode created = ok(http.post("/v1/teams/1/create_project", "{\"projectName\":\"My App\"}"));
        long id = created.get("id").asLong();
        assertTrue(id > (1L << 32));
        assertEquals(id, created.get("projectId").asLong());
        assertEquals("my-app", created.get("slug").asText());
        assertFalse(created.has("deploymentName"), created.toString());
    }

    @Test
    void createProjectWithADeploymentTypeCreatesTheDefaultDeployment() {
        JsonNode created = ok(http.post("/v1/teams/1/create_project",
                "{\"projectName\":\"p\",\"deploymentType\":\"prod\",\"deploymentRegion\":\"aws-eu-west-1\",\"deploymentClass\":\"d2048\"}"));
        String name = created.get("deploymentName").asText();
        assertEquals("https://" + name + ".eu-west-1.convex.cloud", created.get("deploymentUrl").asText());
        JsonNode d = ok(http.get("/v1/deployments/" + name));
        assertTrue(d.get("isDefault").asBoolean());
        assertEquals("d2048", d.get("class").asText());
        assertEquals(name, ok(http.get("/v1/projects/" + created.get("id").asLong())).get("prodDeploymentName").asText());
    }

    @Test
    void aProjectHasCamelCaseFieldsAndAnEpochMillisecondCreateTime() {
        long id = createProject("p");
        JsonNode p = ok(http.get("/v1/projects/" + id));
        assertEquals(id, p.get("id").asLong());
        assertEquals("p", p.get("name").asText());
        assertEquals(1, p.get("teamId").asLong());
        assertEquals("team-one", p.get("teamSlug").asText());
        assertTrue(p.get("createTime").isIntegralNumber());
        assertTrue(Math.abs(p.get("createTime").asLong() - System.currentTimeMillis()) < 60_000);
        assertFalse(p.has("team_id"));
    }

    @Test
    void listProjectsIsPaginatedWithCursorAndLimit() {
        createProject("a");
        createProject("b");
        createProject("c");
        JsonNode first = ok(http.get("/v1/teams/1/projects?limit=2"));
        assertEquals(2, first.get("items").size());
        assertTrue(first.get("pagination").get("hasMore").asBoolean());
        String cursor = first.get("pagination").get("nextCursor").asText();
        JsonNode second = ok(http.get("/v1/teams/1/projects?limit=2&cursor=" + cursor));
        assertEquals(1, second.get("items").size());
        assertEquals("c", second.get("items").get(0).get("name").asText());
        assertFalse(second.get("pagination").get("hasMore").asBoolean());
        assertFalse(second.get("pagination").has("nextCursor"));
    }

    @Test
    void listProjectsRefusesABadLimitOrCursorNamingIt() {
        assertTrue(error(400, http.get("/v1/teams/1/projects?limit=0")).contains("'limit'"));
        assertTrue(error(400, http.get("/v1/teams/1/projects?cursor=zzz")).contains("'cursor'"));
    }

    @Test
    void listProjectsFiltersByQuery() {
        createProject("Shop");
        createProject("Blog");
        JsonNode page = ok(http.get("/v1/teams/1/projects?q=sho"));
        assertEquals(1, page.get("items").size());
    }

    @Test
    void getProjectBySlugAcceptsTeamIdOrSlug() {
        long id = createProject("Shop");
        assertEquals(id, ok(http.get("/v1/teams/team-one/projects/shop")).get("id").asLong());
        assertEquals(id, ok(http.get("/v1/teams/1/projects/shop")).get("id").asLong());
    }

    @Test
    void deleteProjectDeletesItsDeployments() {
        long id = createProject("p");
        String name = createDeployment(id, "{\"type\":\"dev\"}").get("name").asText();
        assertEquals(200, http.post("/v1/projects/" + id + "/delete").status());
        error(404, http.get("/v1/projects/" + id));
        error(404, http.get("/v1/deployments/" + name));
    }

    @Test
    void anotherTeamsProjectIsNotFound() {
        long id = createProject("p");
        error(404, other.get("/v1/projects/" + id));
        error(404, other.get("/v1/teams/1/projects"));
    }

    @Test
    void theSpecsRoutesAreNotServed() {
        error(404, http.get("/v1/teams/1/list_projects"));
        long id = createProject("p");
        error(404, http.post("/v1/projects/" + id + "/deployments/create_cloud", "{\"deployment_type\":\"dev\",\"region\":\"aws-us-east-1\"}"));
    }

    @Test
    void missingProjectNameIsABadRequestNamingTheCamelCaseField() {
        assertTrue(error(400, http.post("/v1/teams/1/create_project", "{\"name\":\"p\"}")).contains("'projectName'"));
    }
}
