package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformTeamsAndDomainsTest extends PlatformTestBase {

    @Test
    void membersAreListedAsItemsWithNames() {
        JsonNode items = ok(http.get("/v1/teams/1/list_members")).get("items");
        Set<String> roles = new HashSet<>();
        items.forEach(m -> {
            roles.add(m.get("role").asText());
            assertTrue(m.has("name") && m.has("email"));
        });
        assertEquals(Set.of("admin", "developer"), roles);
    }

    @Test
    void aNewAccessTokenWorksAtOnce() {
        JsonNode created = ok(http.post("/v1/teams/1/create_access_token", "{\"name\":\"ci\"}"));
        assertEquals("teamToken", created.get("tokenType").asText());
        Http withNew = http.withToken(created.get("accessToken").asText());
        assertEquals(0, ok(withNew.get("/v1/teams/1/projects")).get("items").size());
    }

    @Test
    void anAccessTokenNeedsNoBody() {
        assertTrue(ok(http.post("/v1/teams/1/create_access_token")).has("accessToken"));
    }

    @Test
    void tokenDetailsDescribeTheCallersToken() {
        JsonNode details = ok(http.get("/v1/token_details"));
        assertEquals("teamToken", details.get("type").asText());
        assertEquals(1, details.get("teamId").asLong());
        assertTrue(details.get("createTime").isIntegralNumber());
        assertFalse(details.toString().contains(TOKEN));
        error(401, http.withToken(null).get("/v1/token_details"));
    }

    @Test
    void customDomainsAreCreatedListedAndDeleted() {
        long projectId = createProject("p");
        String deployment = createDeployment(projectId, "{\"type\":\"prod\"}").get("name").asText();
        Http.Reply created = http.post("/v1/deployments/" + deployment + "/create_custom_domain",
                "{\"domain\":\"api.example.com\",\"requestDestination\":\"convexCloud\"}");
        assertEquals(200, created.status(), created.text());
        JsonNode domains = ok(http.get("/v1/deployments/" + deployment + "/custom_domains")).get("domains");
        assertEquals(1, domains.size());
        assertEquals("api.example.com", domains.get(0).get("domain").asText());
        assertEquals("convexCloud", domains.get(0).get("requestDestination").asText());
        assertEquals(deployment, domains.get(0).get("deploymentName").asText());
        assertTrue(domains.get(0).get("creationTime").isIntegralNumber());
        assertTrue(error(400, http.post("/v1/deployments/" + deployment + "/delete_custom_domain",
                "{\"domain\":\"api.example.com\"}")).contains("'requestDestination'"));
        assertEquals(200, http.post("/v1/deployments/" + deployment + "/delete_custom_domain",
                "{\"domain\":\"api.example.com\",\"requestDestination\":\"convexCloud\"}").status());
        assertEquals(0, ok(http.get("/v1/deployments/" + deployment + "/custom_domains")).get("domains").size());
    }

    @Test
    void errorsKeepTheCodeAndMessageBody() {
        error(401, http.withToken("nope").get("/v1/teams/1/projects"));
        error(405, http.send("DELETE", "/v1/token_details", null));
        error(400, http.post("/v1/teams/1/create_project", "not json"));
    }

    @Test
    void faultsApplyInThePlatformDialectToo() {
        ok(http.withToken(null).post("/_emulator/faults", "{\"path_regex\":\"create_deployment\",\"status\":503,\"retry_after\":1}"));
        long projectId = createProject("p");
        Http.Reply reply = http.post("/v1/projects/" + projectId + "/create_deployment", "{\"type\":\"dev\"}");
        error(503, reply);
        assertEquals("1", reply.header("Retry-After"));
        createDeployment(projectId, "{\"type\":\"dev\"}");
    }
}
