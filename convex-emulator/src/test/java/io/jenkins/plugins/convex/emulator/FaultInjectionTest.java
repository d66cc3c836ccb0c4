package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends EmulatorTestBase {

    private Http admin() {
        return http.withToken(null);
    }

    private void inject(String json) {
        ok(admin().post("/_emulator/faults", json));
    }

    @Test
    void aStatusFaultAnswersThatManyRequestsThenServesNormally() {
        inject("{\"method\":\"GET\",\"path_regex\":\"list_projects\",\"status\":503,\"times\":2}");
        error(503, http.get("/v1/teams/1/list_projects"));
        error(503, http.get("/v1/teams/1/list_projects"));
        ok(http.get("/v1/teams/1/list_projects"));
    }

    @Test
    void aFaultOnlyHitsMatchingMethodAndPath() {
        inject("{\"method\":\"POST\",\"path_regex\":\"create_project\",\"status\":500}");
        ok(http.get("/v1/teams/1/list_projects"));
        error(500, http.post("/v1/teams/1/create_project", "{\"name\":\"x\"}"));
    }

    @Test
    void timesMinusOneLastsUntilCleared() {
        inject("{\"path_regex\":\"members\",\"status\":502,\"times\":-1}");
        for (int i = 0; i < 4; i++) {
            error(502, http.get("/v1/teams/1/members"));
        }
        assertEquals(200, admin().delete("/_emulator/faults").status());
        ok(http.get("/v1/teams/1/members"));
    }

    @Test
    void retryAfterSetsTheRetryAfterHeader() {
        inject("{\"status\":429,\"retry_after\":3}");
        Http.Reply reply = http.get("/v1/teams/1/members");
        error(429, reply);
        assertEquals("3", reply.header("Retry-After"));
    }

    @Test
    void aDelayWithoutStatusDelaysThenServesNormally() {
        inject("{\"path_regex\":\"members\",\"delay_ms\":400}");
        long start = System.nanoTime();
        ok(http.get("/v1/teams/1/members"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 380, "took " + elapsedMs + " ms");
    }

    @Test
    void aDroppedRequestGetsNoAnswerAtAll() {
        inject("{\"method\":\"POST\",\"path_regex\":\"create_project\",\"drop\":true}");
        assertThrows(IOException.class, () -> http.sendOrThrow("POST", "/v1/teams/1/create_project", "{\"name\":\"x\"}"));
        assertEquals(0, ok(http.get("/v1/teams/1/list_projects")).size(), "a dropped create must not have run");
        ok(http.post("/v1/teams/1/create_project", "{\"name\":\"x\"}"));
        long creates = emulator.requests().stream().filter(r -> r.path().endsWith("/create_project")).count();
        assertEquals(2, creates, "the dropped attempt is in the request log too");
    }

    @Test
    void faultedRequestsAreRecordedInTheRequestLog() {
        inject("{\"status\":503}");
        error(503, http.get("/v1/teams/1/list_projects?cursor=abc"));
        ok(http.get("/v1/teams/1/list_projects"));
        assertEquals(2, emulator.requests().size());
        RecordedRequest first = emulator.requests().get(0);
        assertEquals("GET", first.method());
        assertEquals("/v1/teams/1/list_projects", first.path());
        assertEquals("cursor=abc", first.query());
    }

    @Test
    void theRequestLogIsServedAsJsonAndCanBeCleared() {
        ok(http.get("/v1/teams/1/members"));
        JsonNode log = ok(admin().get("/_emulator/requests"));
        assertEquals(1, log.size());
        assertEquals("/v1/teams/1/members", log.get(0).get("path").asText());
        emulator.clearRequests();
        assertEquals(0, ok(admin().get("/_emulator/requests")).size());
    }

    @Test
    void aFaultNeedsAStatusADelayOrADrop() {
        String message = error(400, admin().post("/_emulator/faults", "{\"times\":2}"));
        assertTrue(message.contains("status"), message);
    }

    @Test
    void aBadFaultFieldIsNamed() {
        assertTrue(error(400, admin().post("/_emulator/faults", "{\"status\":99}")).contains("'status'"));
        assertTrue(error(400, admin().post("/_emulator/faults", "{\"status\":500,\"path_regex\":\"(\"}")).contains("'path_regex'"));
        assertTrue(error(400, admin().post("/_emulator/faults", "{\"status\":500,\"times\":0}")).contains("'times'"));
    }

    @Test
    void theFaultsInForceAreListedWithTheirRemainingUses() {
        inject("{\"method\":\"GET\",\"path_regex\":\"members\",\"status\":503,\"times\":3}");
        error(503, http.get("/v1/teams/1/members"));
        JsonNode faults = ok(admin().get("/_emulator/faults"));
        assertEquals(1, faults.size());
        assertEquals("members", faults.get(0).get("path_regex").asText());
        assertEquals(2, faults.get(0).get("remaining").asInt());
        admin().delete("/_emulator/faults");
        assertEquals(0, ok(admin().get("/_emulator/faults")).size());
    }

    @Test
    void theEmulatorsOwnEndpointsAnswerWrongMethodsWith405() {
        error(405, admin().send("PUT", "/_emulator/faults", "{}"));
        error(404, admin().get("/_emulator/nothing"));
    }
}
