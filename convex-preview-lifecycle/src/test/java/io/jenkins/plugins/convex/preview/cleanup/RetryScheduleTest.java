package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final RetrySchedule schedule = RetrySchedule.defaults();

    @Test
    void theWaitDoublesAfterEachFailureStartingAtOneMinute() {
        assertEquals(Duration.ofMinutes(1), schedule.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), schedule.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), schedule.delayAfter(3));
        assertEquals(Duration.ofMinutes(32), schedule.delayAfter(6));
    }

    @Test
    void theWaitNeverExceedsOneHour() {
        assertEquals(Duration.ofHours(1), schedule.delayAfter(7));
        assertEquals(Duration.ofHours(1), schedule.delayAfter(10_000));
    }

    @Test
    void deletionsWaitingForCredentialsAreLookedAtEveryFiveMinutes() {
        assertEquals(Duration.ofMinutes(5), schedule.credentialsRecheck());
    }

    @Test
    void aMaximumShorterThanTheFirstWaitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }
}
