package io.jenkins.plugins.convex.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Starts a platform-dialect emulator with two teams for each test. */
abstract class PlatformTestBase extends TwoTeamsTestBase {

    @Override
    EmulatorDialect dialect() {
        return EmulatorDialect.PLATFORM;
    }

    long createProject(String name) {
        return ok(http.post("/v1/teams/1/create_project", "{\"projectName\":\"" + name + "\"}")).get("id").asLong();
    }

    JsonNode createDeployment(long projectId, String json) {
        return ok(http.post("/v1/projects/" + projectId + "/create_deployment", json));
    }
}
