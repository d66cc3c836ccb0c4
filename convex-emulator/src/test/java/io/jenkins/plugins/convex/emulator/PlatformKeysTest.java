package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlatformKeysTest extends PlatformTestBase {

    long projectId;
    String deployment;

    @BeforeEach
    void previewDeployment() {
        projectId = createProject("Web App");
        deployment = createDeployment(projectId, "{\"type\":\"preview\",\"reference\":\"preview/main\"}").get("name").asText();
    }

    private String createKey(String name) {
        return ok(http.post("/v1/deployments/" + deployment + "/create_deploy_key", "{\"name\":\"" + name + "\"}")).get("deployKey").asText();
    }

    private JsonNode listKeys() {
        return ok(http.get("/v1/deployments/" + deployment + "/list_deploy_keys"));
    }

    @Test
    void aDeployKeyNamesItsDeployment() {
        assertTrue(createKey("ci").matches("preview:" + deployment + "\\|[0-9a-f]{48}"));
    }

    @Test
    void listedDeployKeysHaveTheLiveShapeAndNoSecret() {
        String secret = createKey("ci");
        JsonNode keys = listKeys();
        assertEquals(1, keys.size());
        JsonNode key = keys.get(0);
        assertEquals("ci", key.get("name").asText());
        assertTrue(key.get("id").asLong() > (1L << 32));
        assertTrue(key.get("creationTime").isIntegralNumber());
        assertTrue(key.get("allowedActions").isArray() && key.get("allowedActions").size() > 0);
        assertFalse(keys.toString().contains(secret.substring(secret.indexOf('|') + 1)), "no secret in the listing");
    }

    @Test
    void allowedActionsAndExpiryAreKept() {
        long expiresAt = System.currentTimeMillis() + 3_600_000L;
        ok(http.post("/v1/deployments/" + deployment + "/create_deploy_key",
                "{\"name\":\"ci\",\"expiresAt\":" + expiresAt + ",\"allowedActions\":[\"deployment:deploy\"]}"));
        JsonNode key = listKeys().get(0);
        assertEquals(expiresAt, key.get("expiresAt").asLong());
        assertEquals(1, key.get("allowedActions").size());
        assertEquals("deployment:deploy", key.get("allowedActions").get(0).asText());
    }

    @Test
    void anUnknownAllowedActionIsRefused() {
        assertTrue(error(400, http.post("/v1/deployments/" + deployment + "/create_deploy_key",
                "{\"name\":\"ci\",\"allowedActions\":[\"deployment:everything\"]}")).contains("'allowedActions'"));
    }

    @Test
    void deployKeyNamesAreUniqueOnADeployment() {
        createKey("ci");
        assertTrue(error(400, http.post("/v1/deployments/" + deployment + "/create_deploy_key", "{\"name\":\"ci\"}")).contains("'name'"));
    }

    @Test
    void aDeployKeyIsDeletedByItsName() {
        createKey("ci");
        assertEquals(200, http.post("/v1/deployments/" + deployment + "/delete_deploy_key", "{\"id\":\"ci\"}").status());
        assertEquals(0, listKeys().size());
    }

    @Test
    void aDeployKeyIsDeletedByItsSecret() {
        String secret = createKey("ci");
        assertEquals(200, http.post("/v1/deployments/" + deployment + "/delete_deploy_key", "{\"id\":\"" + secret + "\"}").status());
        assertEquals(0, listKeys().size());
    }

    @Test
    void aDeployKeyIsDeletedByItsId() {
        createKey("ci");
        String id = listKeys().get(0).get("id").asText();
        assertEquals(200, http.post("/v1/deployments/" + deployment + "/delete_deploy_key", "{\"id\":\"" + id + "\"}").status());
        assertEquals(0, listKeys().size());
    }

    @Test
    void deletingAnUnknownDeployKeyIsNotFoundWithoutEchoingIt() {
        Http.Reply reply = http.post("/v1/deployments/" + deployment + "/delete_deploy_key", "{\"id\":\"preview:x|secretvalue\"}");
        error(404, reply);
        assertFalse(reply.text().contains("secretvalue"));
    }

    @Test
    void aPreviewDeployKeyNamesTeamAndProject() {
        String key = ok(http.post("/v1/projects/" + projectId + "/create_preview_deploy_key", "{\"name\":\"jenkins\"}")).get("previewDeployKey").asText();
        assertTrue(key.matches("preview:team-one:web-app\\|[0-9a-f]{48}"), "preview key has the documented form");
    }

    @Test
    void previewDeployKeysAreListedAndDeleted() {
        ok(http.post("/v1/projects/" + projectId + "/create_preview_deploy_key", "{\"name\":\"jenkins\"}"));
        JsonNode items = ok(http.get("/v1/projects/" + projectId + "/list_preview_deploy_keys")).get("items");
        assertEquals(1, items.size());
        assertEquals("jenkins", items.get(0).get("name").asText());
        assertFalse(items.get(0).has("previewDeployKey"));
        assertEquals(200, http.post("/v1/projects/" + projectId + "/delete_preview_deploy_key", "{\"id\":\"jenkins\"}").status());
        assertEquals(0, ok(http.get("/v1/projects/" + projectId + "/list_preview_deploy_keys")).get("items").size());
        error(404, http.post("/v1/projects/" + projectId + "/delete_preview_deploy_key", "{\"id\":\"jenkins\"}"));
    }

    @Test
    void anotherTeamCannotSeeOrDeleteKeys() {
        createKey("ci");
        error(404, other.get("/v1/deployments/" + deployment + "/list_deploy_keys"));
        error(404, other.post("/v1/deployments/" + deployment + "/delete_deploy_key", "{\"id\":\"ci\"}"));
        error(404, other.get("/v1/projects/" + projectId + "/list_preview_deploy_keys"));
    }
}
