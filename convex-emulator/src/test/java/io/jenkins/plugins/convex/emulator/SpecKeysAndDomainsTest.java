package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpecKeysAndDomainsTest extends EmulatorTestBase {

    long projectId;
    String deployment;

    @BeforeEach
    void projectWithPreview() {
        projectId = createProject("p").get("id").asLong();
        deployment = createDeployment(projectId, "preview").get("name").asText();
    }

    @Test
    void deployKeyNamesItsDeploymentTypeAndName() {
        JsonNode key = ok(http.post("/v1/projects/" + projectId + "/deployments/create_deploy_key",
                "{\"deployment_name\":\"" + deployment + "\",\"key_name\":\"ci\"}"));
        assertTrue(key.get("key").asText().matches("preview:" + deployment + "\\|[0-9a-f]{48}"), "key has the documented form");
        assertEquals("ci", key.get("name").asText());
        assertEquals(deployment, key.get("deployment_name").asText());
        assertTrue(key.get("created_at").asText().endsWith("Z"), key.get("created_at").asText());
    }

    @Test
    void listedDeployKeysNeverIncludeTheKey() {
        ok(http.post("/v1/projects/" + projectId + "/deployments/create_deploy_key", "{\"deployment_name\":\"" + deployment + "\"}"));
        JsonNode list = ok(http.get("/v1/projects/" + projectId + "/deployment/deploy_key/list"));
        assertEquals(1, list.size());
        assertFalse(list.get(0).has("key"), list.toString());
        assertEquals(deployment, list.get(0).get("deployment_name").asText());
    }

    @Test
    void deployKeyForADeploymentOfAnotherProjectIsNotFound() {
        long otherProject = createProject("q").get("id").asLong();
        error(404, http.post("/v1/projects/" + otherProject + "/deployments/create_deploy_key",
                "{\"deployment_name\":\"" + deployment + "\"}"));
    }

    @Test
    void deployKeysGoWithTheirDeployment() {
        ok(http.post("/v1/projects/" + projectId + "/deployments/create_deploy_key", "{\"deployment_name\":\"" + deployment + "\"}"));
        http.post("/v1/deployments/" + deployment + "/delete");
        assertEquals(0, ok(http.get("/v1/projects/" + projectId + "/deployment/deploy_key/list")).size());
    }

    @Test
    void customDomainsAreCreatedListedAndDeleted() {
        JsonNode created = ok(http.post("/v1/deployments/" + deployment + "/custom_domains/create",
                "{\"domain\":\"api.example.com\",\"request_destination\":\"convexSite\"}"));
        assertEquals("api.example.com", created.get("domain").asText());
        assertEquals("convexSite", created.get("request_destination").asText());
        JsonNode list = ok(http.get("/v1/deployments/" + deployment + "/custom_domains/list"));
        assertEquals(1, list.size());
        assertEquals("api.example.com", list.get(0).get("domain").asText());
        assertEquals(200, http.post("/v1/deployments/" + deployment + "/custom_domains/delete", "{\"domain\":\"api.example.com\"}").status());
        assertEquals(0, ok(http.get("/v1/deployments/" + deployment + "/custom_domains/list")).size());
    }

    @Test
    void deletingAnUnknownCustomDomainIsNotFound() {
        error(404, http.post("/v1/deployments/" + deployment + "/custom_domains/delete", "{\"domain\":\"nope.example.com\"}"));
    }

    @Test
    void anUnknownRequestDestinationIsABadRequestNamingTheField() {
        String message = error(400, http.post("/v1/deployments/" + deployment + "/custom_domains/create",
                "{\"domain\":\"api.example.com\",\"request_destination\":\"convexMoon\"}"));
        assertTrue(message.contains("request_destination") && message.contains("convexMoon") && message.contains("convexCloud"), message);
    }

    @Test
    void aMalformedDomainIsABadRequestNamingTheField() {
        String message = error(400, http.post("/v1/deployments/" + deployment + "/custom_domains/create",
                "{\"domain\":\"not a domain\",\"request_destination\":\"convexCloud\"}"));
        assertTrue(message.contains("'domain'"), message);
    }

    @Test
    void customDomainsOfAnotherTeamsDeploymentAreNotFound() {
        error(404, other.get("/v1/deployments/" + deployment + "/custom_domains/list"));
        error(404, other.post("/v1/deployments/" + deployment + "/custom_domains/create",
                "{\"domain\":\"api.example.com\",\"request_destination\":\"convexCloud\"}"));
    }
}
