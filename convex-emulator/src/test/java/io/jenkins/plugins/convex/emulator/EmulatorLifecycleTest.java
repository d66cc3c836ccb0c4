package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EmulatorLifecycleTest {

    @Test
    void withoutTeamsThereIsOneDemoTeamWithARandomToken() {
        try (ConvexEmulator emu = ConvexEmulator.builder().build().start()) {
            assertEquals(1L, emu.defaultTeamId());
            assertEquals("demo-team", emu.defaultTeamSlug());
            assertTrue(emu.defaultToken().length() >= 16);
            EmulatorTestBase.ok(new Http(emu, emu.defaultToken()).get("/v1/teams/1/list_projects"));
        }
    }

    @Test
    void baseUrlAndStartupLineNameTheLoopbackPort() {
        try (ConvexEmulator emu = ConvexEmulator.builder().port(0).build().start()) {
            assertTrue(emu.port() > 0);
            assertEquals("http://127.0.0.1:" + emu.port() + "/v1", emu.baseUrl());
            assertEquals("Convex Management API emulator listening on http://127.0.0.1:" + emu.port() + "/v1", emu.startupLine());
        }
    }

    @Test
    void demoAddsProjectDemoWithAProdDeployment() {
        try (ConvexEmulator emu = ConvexEmulator.builder().team(7L, "acme", "t").demo(true).build().start()) {
            Http http = new Http(emu, "t");
            JsonNode project = EmulatorTestBase.ok(http.get("/v1/teams/acme/projects/demo"));
            assertEquals("Demo", project.get("name").asText());
            EmulatorTestBase.ok(http.get("/v1/projects/" + project.get("id").asLong() + "/deployment/default_prod"));
        }
    }

    @Test
    void parseTeamReadsIdSlugAndToken() {
        TeamSeed seed = ConvexEmulator.parseTeam("12:my-team:abc:def");
        assertEquals(12L, seed.id());
        assertEquals("my-team", seed.slug());
        assertEquals("abc:def", seed.token());
        assertFalse(seed.toString().contains("abc"));
    }

    @Test
    void parseTeamFailsClearlyWithoutRepeatingTheToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConvexEmulator.parseTeam("x:team:s3cret"));
        assertTrue(e.getMessage().contains("ID:SLUG:TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ConvexEmulator.parseTeam("1:team"));
        assertTrue(missing.getMessage().contains("ID:SLUG:TOKEN"), missing.getMessage());
        IllegalArgumentException badSlug = assertThrows(IllegalArgumentException.class, () -> ConvexEmulator.parseTeam("1:Bad Slug:s3cret"));
        assertTrue(badSlug.getMessage().contains("slug"), badSlug.getMessage());
        assertFalse(badSlug.getMessage().contains("s3cret"), badSlug.getMessage());
    }

    @Test
    void concurrentCreatesAllSucceedWithDistinctIds() throws Exception {
        try (ConvexEmulator emu = ConvexEmulator.builder().team(1L, "t", "tok").build().start()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<JsonNode>> futures = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    futures.add(pool.submit(() -> EmulatorTestBase.ok(new Http(emu, "tok").post("/v1/teams/1/create_project",
                            "{\"name\":\"p" + n + "\",\"deployment_region\":\"aws-us-east-1\"}"))));
                }
                Set<Long> ids = new HashSet<>();
                for (Future<JsonNode> f : futures) {
                    ids.add(f.get().get("id").asLong());
                }
                assertEquals(40, ids.size());
                assertEquals(40, EmulatorTestBase.ok(new Http(emu, "tok").get("/v1/teams/1/list_projects")).size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void dialectNamesParseInAnyCaseAndUnknownOnesNameTheChoices() {
        assertEquals(EmulatorDialect.PLATFORM, EmulatorDialect.parse("Platform"));
        assertEquals(EmulatorDialect.SPEC, EmulatorDialect.parse("spec"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmulatorDialect.parse("live"));
        assertTrue(e.getMessage().contains("spec or platform"), e.getMessage());
    }

    @Test
    void aStateFileWrittenByOneDialectIsServedByTheOther(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("state.json");
        long projectId;
        try (ConvexEmulator spec = ConvexEmulator.builder().team(1L, "t", "tok").stateFile(file).build().start()) {
            projectId = EmulatorTestBase.ok(new Http(spec, "tok").post("/v1/teams/1/create_project",
                    "{\"name\":\"p\",\"deployment_region\":\"aws-us-east-1\"}")).get("id").asLong();
        }
        try (ConvexEmulator platform = ConvexEmulator.builder().team(1L, "t", "tok").stateFile(file)
                .dialect(EmulatorDialect.PLATFORM).build().start()) {
            JsonNode prod = EmulatorTestBase.ok(new Http(platform, "tok").get("/v1/projects/" + projectId + "/deployment?defaultProd=true"));
            assertTrue(prod.get("isDefault").asBoolean());
        }
    }
}
