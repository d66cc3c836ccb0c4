package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Redaction replaces the token where it stands as a token, never the letters of the words around it. */
class ApiTokenTest {

    @Test
    void aShortTokenDoesNotGarbleTheWordsAroundIt() {
        ApiToken x = ApiToken.of("x");
        assertEquals("ConnectException: Failed to connect to /127.0.0.1:1", x.redact("ConnectException: Failed to connect to /127.0.0.1:1"));
        assertFalse(x.appearsIn("ConnectException"));
    }

    @Test
    void theTokenItselfIsReplacedWhereverItStandsAlone() {
        ApiToken token = ApiToken.of("tok-123");
        assertEquals("bad token ****; header Bearer ****, token=****", token.redact("bad token tok-123; header Bearer tok-123, token=tok-123"));
        assertTrue(token.appearsIn("\"tok-123\""));
        assertEquals("xtok-1234", token.redact("xtok-1234"));
    }
}
