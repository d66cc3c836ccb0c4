package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecTeamsTest extends EmulatorTestBase {

    @Test
    void eachTeamHasAnAdminAndADeveloper() {
        JsonNode members = ok(http.get("/v1/teams/1/members"));
        Set<String> roles = new HashSet<>();
        members.forEach(m -> {
            roles.add(m.get("role").asText());
            assertTrue(m.get("id").asLong() > (1L << 32));
            assertTrue(m.get("email").asText().contains("@"));
        });
        assertEquals(Set.of("admin", "developer"), roles);
    }

    @Test
    void aNewAccessTokenWorksAtOnceForItsTeam() {
        JsonNode created = ok(http.post("/v1/teams/1/create_access_token", "{\"name\":\"ci\"}"));
        assertEquals("ci", created.get("name").asText());
        String token = created.get("token").asText();
        assertNotEquals(TOKEN, token);
        Http withNewToken = http.withToken(token);
        createProject("seen");
        assertEquals(1, ok(withNewToken.get("/v1/teams/1/list_projects")).size());
        error(404, withNewToken.get("/v1/teams/2/list_projects"));
    }

    @Test
    void accessTokenNeedsAName() {
        String message = error(400, http.post("/v1/teams/1/create_access_token", "{}"));
        assertTrue(message.contains("'name'"), message);
    }
}
