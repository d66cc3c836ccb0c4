package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorResponsesTest extends EmulatorTestBase {

    @Test
    void aMissingTokenIsUnauthorized() {
        error(401, http.withToken(null).get("/v1/teams/1/list_projects"));
    }

    @Test
    void anUnknownTokenIsUnauthorizedAndNotEchoed() {
        Http.Reply reply = http.withToken("wrong-secret-value").get("/v1/teams/1/list_projects");
        error(401, reply);
        assertFalse(reply.text().contains("wrong-secret-value"), reply.text());
    }

    @Test
    void aBadEnumIsABadRequestNamingTheFieldTheValueAndTheAllowedValues() {
        long projectId = createProject("p").get("id").asLong();
        String message = error(400, http.post("/v1/projects/" + projectId + "/deployments/create_cloud",
                "{\"deployment_type\":\"dev\",\"region\":\"mars-north-1\"}"));
        assertTrue(message.contains("'region'") && message.contains("mars-north-1") && message.contains("aws-us-east-1"), message);
    }

    @Test
    void aMissingRequiredFieldIsABadRequestNamingIt() {
        long projectId = createProject("p").get("id").asLong();
        String message = error(400, http.post("/v1/projects/" + projectId + "/deployments/create_cloud", "{\"region\":\"aws-us-east-1\"}"));
        assertTrue(message.contains("'deployment_type'"), message);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Http.Reply reply = http.post("/v1/teams/1/create_project", "{\"name\":");
        error(400, reply);
        assertEquals("MalformedJson", reply.json().get("code").asText());
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequestNamingIt() {
        String message = error(400, http.post("/v1/teams/1/create_project", "{\"name\":42}"));
        assertTrue(message.contains("'name'"), message);
    }

    @Test
    void aNonNumericIdIsABadRequestNamingTheParameter() {
        String message = error(400, http.get("/v1/projects/abc"));
        assertTrue(message.contains("project_id") && message.contains("abc"), message);
    }

    @Test
    void theWrongMethodOnAKnownPathIsMethodNotAllowed() {
        Http.Reply reply = http.send("DELETE", "/v1/teams/1/list_projects", null);
        error(405, reply);
        assertTrue(reply.json().get("message").asText().contains("GET"));
    }

    @Test
    void anUnknownRouteIsNotFound() {
        error(404, http.get("/v1/no/such/route"));
        error(404, http.get("/elsewhere"));
    }

    @Test
    void aServerSideNotFoundCarriesACode() {
        Http.Reply reply = http.get("/v1/deployments/missing-otter-123");
        error(404, reply);
        assertNotNull(reply.json().get("code").asText());
        assertEquals("DeploymentNotFound", reply.json().get("code").asText());
    }
}
