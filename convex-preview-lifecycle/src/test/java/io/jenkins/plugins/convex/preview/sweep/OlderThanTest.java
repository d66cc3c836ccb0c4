package io.jenkins.plugins.convex.preview.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OlderThanTest {

    @Test
    void minutesHoursAndDaysAreUnderstood() {
        assertEquals(Duration.ofMinutes(30), OlderThan.parse("30m"));
        assertEquals(Duration.ofHours(12), OlderThan.parse("12h"));
        assertEquals(Duration.ofDays(7), OlderThan.parse("7d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "d", "0d", "-1d", "7w", "1.5h", "7 d", ""})
    void anythingElseIsRefusedNamingTheField(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OlderThan.parse(text));
        assertEquals("older_than", e.field());
    }
}
