package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deployment's own API under /d/<name>/api/v1: environment variables, opened only by a deploy key of that deployment. */
class DeploymentApiTest extends PlatformTestBase {

    long projectId;
    String preview;
    String key;

    @Override
    boolean localDeploymentUrls() {
        return true;
    }

    @BeforeEach
    void previewWithKey() {
        projectId = createProject("Vars");
        preview = createDeployment(projectId, "{\"type\":\"preview\"}").get("name").asText();
        key = createKey(preview);
    }

    private String createKey(String deployment) {
        return ok(http.post("/v1/deployments/" + deployment + "/create_deploy_key", "{\"name\":\"ci\"}")).get("deployKey").asText();
    }

    private Http.Reply list(String deployment, String deployKey) {
        return http.withDeployKey(deployKey).get("/d/" + deployment + "/api/v1/list_environment_variables");
    }

    private Http.Reply update(String deployment, String deployKey, String changes) {
        return http.withDeployKey(deployKey).post("/d/" + deployment + "/api/v1/update_environment_variables", "{\"changes\":" + changes + "}");
    }

    @Test
    void aDeploymentsUrlPointsBackAtTheEmulator() {
        JsonNode d = ok(http.get("/v1/deployments/" + preview));

        assertEquals("http://127.0.0.1:" + emulator.port() + "/d/" + preview, d.get("deploymentUrl").asText());
        assertEquals(emulator.deploymentUrl(preview), d.get("deploymentUrl").asText());
    }

    @Test
    void itsDeployKeySetsListsAndRemovesVariables() {
        ok(update(preview, key, "[{\"name\":\"API_KEY\",\"value\":\"sk_test_1\"},{\"name\":\"FLAG\",\"value\":\"on\"}]"));
        ok(update(preview, key, "[{\"name\":\"FLAG\",\"value\":null}]"));

        JsonNode vars = ok(list(preview, key)).get("environmentVariables");
        assertEquals(1, vars.size());
        assertEquals("sk_test_1", vars.get("API_KEY").asText());
    }

    @Test
    void aWrongOrMissingDeployKeyIs401() {
        assertTrue(error(401, list(preview, "preview:" + preview + "|0000")).contains("deploy key"));
        assertEquals(401, http.withToken(null).get("/d/" + preview + "/api/v1/list_environment_variables").status());
        // The team's management token is no deploy key either.
        assertEquals(401, http.withDeployKey(TOKEN).get("/d/" + preview + "/api/v1/list_environment_variables").status());
    }

    @Test
    void aKeyOfAnotherDeploymentIs401AndChangesNothing() {
        String other = createDeployment(projectId, "{\"type\":\"preview\"}").get("name").asText();
        String otherKey = createKey(other);

        error(401, update(preview, otherKey, "[{\"name\":\"X\",\"value\":\"1\"}]"));
        assertEquals(0, ok(list(preview, key)).get("environmentVariables").size());
    }

    @Test
    void anUnknownDeploymentIs404AndAnUnknownOperation404() {
        error(404, list("no-such-deployment-1", key));
        error(404, http.withDeployKey(key).get("/d/" + preview + "/api/v1/run_function"));
        error(405, http.withDeployKey(key).post("/d/" + preview + "/api/v1/list_environment_variables", "{}"));
    }

    @Test
    void aBadVariableNameIs400() {
        assertTrue(error(400, update(preview, key, "[{\"name\":\"1BAD\",\"value\":\"x\"}]")).contains("1BAD"));
    }

    @Test
    void aNewPreviewStartsWithTheProjectsPreviewDefaults() {
        ok(http.post("/v1/projects/" + projectId + "/update_default_environment_variables",
                "{\"changes\":[{\"deploymentType\":\"preview\",\"name\":\"STRIPE_KEY\",\"value\":\"sk_test_9\"},"
                        + "{\"deploymentType\":\"dev\",\"name\":\"DEV_ONLY\",\"value\":\"1\"}]}"));
        String fresh = createDeployment(projectId, "{\"type\":\"preview\"}").get("name").asText();

        JsonNode vars = ok(list(fresh, createKey(fresh))).get("environmentVariables");
        assertEquals("sk_test_9", vars.get("STRIPE_KEY").asText());
        assertFalse(vars.has("DEV_ONLY"));
        // Defaults apply to new deployments only.
        assertEquals(0, ok(list(preview, key)).get("environmentVariables").size());
    }

    @Test
    void defaultsListOneItemPerNameAndValueWithTheirTypes() {
        ok(http.post("/v1/projects/" + projectId + "/update_default_environment_variables",
                "{\"changes\":[{\"deploymentType\":\"preview\",\"name\":\"SAME\",\"value\":\"v\"},"
                        + "{\"deploymentType\":\"dev\",\"name\":\"SAME\",\"value\":\"v\"}]}"));

        JsonNode all = ok(http.get("/v1/projects/" + projectId + "/list_default_environment_variables"));
        assertEquals(1, all.get("items").size());
        assertEquals("[\"preview\",\"dev\"]", all.get("items").get(0).get("deploymentTypes").toString());
        assertFalse(all.get("pagination").get("hasMore").asBoolean());
        JsonNode dev = ok(http.get("/v1/projects/" + projectId + "/list_default_environment_variables?deploymentType=dev"));
        assertEquals("[\"dev\"]", dev.get("items").get(0).get("deploymentTypes").toString());

        ok(http.post("/v1/projects/" + projectId + "/update_default_environment_variables",
                "{\"changes\":[{\"deploymentType\":\"dev\",\"name\":\"SAME\",\"value\":null}]}"));
        JsonNode after = ok(http.get("/v1/projects/" + projectId + "/list_default_environment_variables"));
        assertEquals("[\"preview\"]", after.get("items").get(0).get("deploymentTypes").toString());
        error(404, other.get("/v1/projects/" + projectId + "/list_default_environment_variables"));
    }
}
