package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a spec-dialect emulator with two teams for each test. */
abstract class EmulatorTestBase {

    static final String TOKEN = "team-one-token";
    static final String OTHER_TOKEN = "team-two-token";

    ConvexEmulator emulator;
    Http http;
    Http other;

    @BeforeEach
    void startEmulator() {
        emulator = ConvexEmulator.builder().team(1L, "team-one", TOKEN).team(2L, "team-two", OTHER_TOKEN).build().start();
        http = new Http(emulator, TOKEN);
        other = new Http(emulator, OTHER_TOKEN);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    JsonNode createProject(String name) {
        return ok(http.post("/v1/teams/1/create_project", "{\"name\":\"" + name + "\"}"));
    }

    JsonNode createDeployment(long projectId, String type) {
        return ok(http.post("/v1/projects/" + projectId + "/deployments/create_cloud",
                "{\"deployment_type\":\"" + type + "\",\"region\":\"aws-us-east-1\"}"));
    }

    static JsonNode ok(Http.Reply reply) {
        assertEquals(200, reply.status(), () -> "expected 200 but got " + reply.status() + ": " + reply.text());
        return reply.json();
    }

    /** Asserts the status and the {code, message} error body; returns the message. */
    static String error(int status, Http.Reply reply) {
        assertEquals(status, reply.status(), () -> "body: " + reply.text());
        assertNotNull(reply.json(), "an error must have a JSON body");
        assertNotNull(reply.json().get("code"), () -> "no code in " + reply.text());
        assertNotNull(reply.json().get("message"), () -> "no message in " + reply.text());
        assertEquals("application/json", reply.header("Content-Type"));
        return reply.json().get("message").asText();
    }
}
