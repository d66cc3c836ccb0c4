package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Team access tokens: an expiry at least 30 minutes ahead, listing without values, deletion by name. */
class PlatformAccessTokensTest extends PlatformTestBase {

    private Http.Reply create(String name, long expiresAt) {
        return http.post("/v1/teams/1/create_access_token", "{\"name\":\"" + name + "\",\"expiresAt\":" + expiresAt + "}");
    }

    @Test
    void anExpiryUnderThirtyMinutesAheadIs400() {
        String message = error(400, create("short", System.currentTimeMillis() + 10 * 60 * 1000L));

        assertTrue(message.contains("expiresAt") && message.contains("30 minutes"), message);
    }

    @Test
    void listedTokensCarryTheirExpiryButNeverTheirValue() {
        long expiresAt = System.currentTimeMillis() + 2 * 3600 * 1000L;
        String secret = ok(create("build-7", expiresAt)).get("accessToken").asText();

        Http.Reply listing = http.get("/v1/teams/1/list_access_tokens");
        JsonNode items = ok(listing).get("items");
        JsonNode mine = null;
        for (JsonNode t : items) {
            if (t.get("name").asText().equals("build-7")) {
                mine = t;
            }
        }
        assertEquals(expiresAt, mine.get("expiresAt").asLong());
        assertTrue(mine.get("id").isIntegralNumber() && mine.get("creationTime").isIntegralNumber());
        assertFalse(listing.text().contains(secret), "a token value leaked into the listing");
        assertFalse(listing.text().contains(TOKEN), "the seed token leaked into the listing");
        assertFalse(ok(other.get("/v1/teams/2/list_access_tokens")).toString().contains("build-7"));
    }

    @Test
    void aTokenDeletedByNameNoLongerWorks() {
        String secret = ok(create("build-8", System.currentTimeMillis() + 3600 * 1000L)).get("accessToken").asText();
        ok(http.withToken(secret).get("/v1/teams/1/list_members"));

        ok(http.post("/v1/teams/1/delete_access_token", "{\"id\":\"build-8\"}"));

        error(401, http.withToken(secret).get("/v1/teams/1/list_members"));
        error(404, http.post("/v1/teams/1/delete_access_token", "{\"id\":\"build-8\"}"));
    }
}
