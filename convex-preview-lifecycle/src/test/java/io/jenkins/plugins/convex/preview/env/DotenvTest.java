package io.jenkins.plugins.convex.preview.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotenvTest {

    @Test
    void readsAssignmentsSkippingCommentsAndQuotes() {
        Map<String, String> values = Dotenv.parse("env_file", ".env", "# comment\n\nA=1\nexport B = \"two words\"\r\nC='x=y'\nD=\n");

        assertEquals(Map.of("A", "1", "B", "two words", "C", "x=y", "D", ""), values);
    }

    @Test
    void aBadLineIsNamedByItsNumberNeverItsContent() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Dotenv.parse("env_file", ".env", "A=1\nsk_live_secret\n"));

        assertEquals(".env line 2", e.value());
        assertFalse(e.getMessage().contains("sk_live_secret"), e.getMessage());
    }

    @Test
    void variableNamesFollowTheConvexRule() {
        assertEquals("env", assertThrows(InvalidInputException.class, () -> PreviewVariables.of("env", Map.of("1A", "x"))).field());
        assertFalse(PreviewVariables.of("env", Map.of("A", "secret-value")).toString().contains("secret-value"));
    }
}
