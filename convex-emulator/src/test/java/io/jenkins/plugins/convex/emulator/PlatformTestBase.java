package io.jenkins.plugins.convex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a platform-dialect emulator with two teams for each test. */
abstract class PlatformTestBase {

    static final String TOKEN = "team-one-token";
    static final String OTHER_TOKEN = "team-two-token";

    ConvexEmulator emulator;
    Http http;
    Http other;

    @BeforeEach
    void startEmulator() {
        emulator = ConvexEmulator.builder().dialect(EmulatorDialect.PLATFORM)
                .team(1L, "team-one", TOKEN).team(2L, "team-two", OTHER_TOKEN).build().start();
        http = new Http(emulator, TOKEN);
        other = new Http(emulator, OTHER_TOKEN);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    long createProject(String name) {
        return ok(http.post("/v1/teams/1/create_project", "{\"projectName\":\"" + name + "\"}")).get("id").asLong();
    }

    JsonNode createDeployment(long projectId, String json) {
        return ok(http.post("/v1/projects/" + projectId + "/create_deployment", json));
    }

    static JsonNode ok(Http.Reply reply) {
        return EmulatorTestBase.ok(reply);
    }

    static String error(int status, Http.Reply reply) {
        return EmulatorTestBase.error(status, reply);
    }
}
