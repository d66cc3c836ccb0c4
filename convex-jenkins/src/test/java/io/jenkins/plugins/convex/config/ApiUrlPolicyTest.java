package io.jenkins.plugins.convex.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which API URLs may receive the team token (no Jenkins needed). */
class ApiUrlPolicyTest {

    @Test
    void httpsIsAllowedAnywhere() {
        assertNull(ApiUrlPolicy.problemWith("https://api.convex.dev/v1"));
        assertNull(ApiUrlPolicy.problemWith("https://convex.internal.example:8443/v1"));
    }

    @Test
    void plainHttpIsAllowedOnlyOnLoopback() {
        assertNull(ApiUrlPolicy.problemWith("http://127.0.0.1:3210/v1"));
        assertNull(ApiUrlPolicy.problemWith("http://localhost:3210/v1"));
        assertNull(ApiUrlPolicy.problemWith("http://[::1]:3210/v1"));
        assertNotNull(ApiUrlPolicy.problemWith("http://api.convex.dev/v1"));
        assertNotNull(ApiUrlPolicy.problemWith("http://10.0.0.5/v1"));
    }

    @Test
    void otherSchemesUserInfoAndQueriesAreRefused() {
        assertNotNull(ApiUrlPolicy.problemWith("ftp://api.convex.dev/v1"));
        assertNotNull(ApiUrlPolicy.problemWith("https://user:pw@api.convex.dev/v1"));
        assertNotNull(ApiUrlPolicy.problemWith("https://api.convex.dev/v1?x=1"));
        assertNotNull(ApiUrlPolicy.problemWith(""));
        assertNotNull(ApiUrlPolicy.problemWith("not a url"));
    }

    @Test
    void theRefusalNamesTheFieldTheValueAndWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiUrlPolicy.requireAllowed("http://api.convex.dev/v1"));
        assertTrue(e.getMessage().startsWith("apiUrl: 'http://api.convex.dev/v1' "), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: https"), e.getMessage());
    }

    @Test
    void aTrailingSlashIsDropped() {
        assertEquals("https://api.convex.dev/v1", ApiUrlPolicy.requireAllowed(" https://api.convex.dev/v1/ "));
    }
}
