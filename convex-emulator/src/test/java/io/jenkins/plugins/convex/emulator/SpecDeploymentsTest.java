package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SpecDeploymentsTest extends EmulatorTestBase {

    @Test
    void createdDeploymentHasAConvexStyleNameAndUrl() {
        long projectId = createProject("p").get("id").asLong();
        JsonNode d = ok(http.post("/v1/projects/" + projectId + "/deployments/create_cloud",
                "{\"deployment_type\":\"preview\",\"region\":\"aws-eu-west-1\",\"deployment_class\":\"d1024\"}"));
        String name = d.get("name").asText();
        assertTrue(name.matches("[a-z]+-[a-z]+-\\d{3}"), name);
        assertEquals("https://" + name + ".convex.cloud", d.get("url").asText());
        assertEquals("preview", d.get("deployment_type").asText());
        assertEquals("d1024", d.get("deployment_class").asText());
        assertEquals("aws-eu-west-1", d.get("region").asText());
        assertEquals(projectId, d.get("project_id").asLong());
        assertTrue(d.get("id").asLong() > (1L << 32));
    }

    @Test
    void deploymentClassDefaultsToS16() {
        long projectId = createProject("p").get("id").asLong();
        assertEquals("s16", createDeployment(projectId, "dev").get("deployment_class").asText());
    }

    @Test
    void listDeploymentsListsTheProjectsDeploymentsInCreationOrder() {
        long projectId = createProject("p").get("id").asLong();
        String first = createDeployment(projectId, "dev").get("name").asText();
        String second = createDeployment(projectId, "preview").get("name").asText();
        JsonNode list = ok(http.get("/v1/projects/" + projectId + "/deployments/list"));
        assertEquals(2, list.size());
        assertEquals(first, list.get(0).get("name").asText());
        assertEquals(second, list.get(1).get("name").asText());
    }

    @Test
    void getDeploymentReturnsItByName() {
        long projectId = createProject("p").get("id").asLong();
        String name = createDeployment(projectId, "dev").get("name").asText();
        assertEquals(name, ok(http.get("/v1/deployments/" + name)).get("name").asText());
    }

    @Test
    void deletedDeploymentIsNotFound() {
        long projectId = createProject("p").get("id").asLong();
        String name = createDeployment(projectId, "dev").get("name").asText();
        Http.Reply deleted = http.post("/v1/deployments/" + name + "/delete");
        assertEquals(200, deleted.status());
        error(404, http.get("/v1/deployments/" + name));
        error(404, http.post("/v1/deployments/" + name + "/delete"));
    }

    @Test
    void defaultProdIsTheOldestRemainingProdDeployment() {
        long projectId = createProject("p").get("id").asLong();
        createDeployment(projectId, "dev");
        String first = createDeployment(projectId, "prod").get("name").asText();
        String second = createDeployment(projectId, "prod").get("name").asText();
        assertEquals(first, ok(http.get("/v1/projects/" + projectId + "/deployment/default_prod")).get("name").asText());
        http.post("/v1/deployments/" + first + "/delete");
        assertEquals(second, ok(http.get("/v1/projects/" + projectId + "/deployment/default_prod")).get("name").asText());
    }

    @Test
    void defaultProdOfAProjectWithoutProdIsNotFound() {
        long projectId = createProject("p").get("id").asLong();
        createDeployment(projectId, "dev");
        error(404, http.get("/v1/projects/" + projectId + "/deployment/default_prod"));
    }

    @Test
    void anotherTeamsDeploymentIsNotFound() {
        long projectId = createProject("p").get("id").asLong();
        String name = createDeployment(projectId, "dev").get("name").asText();
        error(404, other.get("/v1/deployments/" + name));
        error(404, other.post("/v1/deployments/" + name + "/delete"));
        error(404, other.post("/v1/projects/" + projectId + "/deployments/create_cloud",
                "{\"deployment_type\":\"dev\",\"region\":\"aws-us-east-1\"}"));
        ok(http.get("/v1/deployments/" + name));
    }
}
