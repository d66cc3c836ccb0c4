package io.jenkins.plugins.convex.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Starts a spec-dialect emulator with two teams for each test. */
abstract class EmulatorTestBase extends TwoTeamsTestBase {

    @Override
    EmulatorDialect dialect() {
        return EmulatorDialect.SPEC;
    }

    JsonNode createProject(String name) {
        return ok(http.post("/v1/teams/1/create_project", "{\"name\":\"" + name + "\"}"));
    }

    JsonNode createDeployment(long projectId, String type) {
        return ok(http.post("/v1/projects/" + projectId + "/deployments/create_cloud",
                "{\"deployment_type\":\"" + type + "\",\"region\":\"aws-us-east-1\"}"));
    }
}
