package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path dir;

    private ConvexEmulator start(Path stateFile) {
        return ConvexEmulator.builder().team(1L, "team-one", "tok").stateFile(stateFile).build().start();
    }

    @Test
    void projectsDeploymentsAndTokensSurviveARestart() {
        Path file = dir.resolve("state.json");
        long projectId;
        String deployment;
        String accessToken;
        try (ConvexEmulator first = start(file)) {
            Http http = new Http(first, "tok");
            projectId = EmulatorTestBase.ok(http.post("/v1/teams/1/create_project",
                    "{\"name\":\"kept\",\"deployment_region\":\"aws-us-east-1\"}")).get("id").asLong();
            deployment = EmulatorTestBase.ok(http.get("/v1/projects/" + projectId + "/deployment/default_prod")).get("name").asText();
            accessToken = EmulatorTestBase.ok(http.post("/v1/teams/1/create_access_token", "{\"name\":\"x\"}")).get("token").asText();
        }
        try (ConvexEmulator second = start(file)) {
            Http http = new Http(second, accessToken);
            assertEquals("kept", EmulatorTestBase.ok(http.get("/v1/projects/" + projectId)).get("name").asText());
            assertEquals(deployment, EmulatorTestBase.ok(http.get("/v1/deployments/" + deployment)).get("name").asText());
            JsonNode next = EmulatorTestBase.ok(http.post("/v1/teams/1/create_project", "{\"name\":\"new\"}"));
            assertTrue(next.get("id").asLong() > projectId, "ids keep counting after a restart");
        }
    }

    @Test
    void deletionsArePersistedToo() {
        Path file = dir.resolve("state.json");
        long projectId;
        try (ConvexEmulator first = start(file)) {
            Http http = new Http(first, "tok");
            projectId = EmulatorTestBase.ok(http.post("/v1/teams/1/create_project", "{\"name\":\"gone\"}")).get("id").asLong();
            assertEquals(200, http.post("/v1/projects/" + projectId + "/delete").status());
        }
        try (ConvexEmulator second = start(file)) {
            EmulatorTestBase.error(404, new Http(second, "tok").get("/v1/projects/" + projectId));
        }
    }

    @Test
    void theStateFileIsReplacedWholeWithNoTemporaryFileLeftBehind() throws IOException {
        Path file = dir.resolve("nested/state.json");
        try (ConvexEmulator emu = start(file)) {
            Http http = new Http(emu, "tok");
            for (int i = 0; i < 5; i++) {
                EmulatorTestBase.ok(http.post("/v1/teams/1/create_project", "{\"name\":\"p" + i + "\"}"));
            }
        }
        assertTrue(Http.MAPPER.readTree(file.toFile()).get("projects").size() == 5);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "only the state file itself");
        }
    }

    @Test
    void withoutTeamsTheDefaultTeamAndItsTokenComeBackFromTheStateFile() {
        Path file = dir.resolve("state.json");
        String token;
        try (ConvexEmulator first = ConvexEmulator.builder().stateFile(file).build().start()) {
            token = first.defaultToken();
        }
        try (ConvexEmulator second = ConvexEmulator.builder().stateFile(file).build().start()) {
            assertEquals(token, second.defaultToken());
            EmulatorTestBase.ok(new Http(second, token).get("/v1/teams/1/list_projects"));
        }
    }
}
