package io.jenkins.plugins.convex.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A token stops working at its expiry. Over HTTP an expiry must lie 30 minutes ahead (the live
 * rule), so the clock is the state's own here.
 */
class AccessTokenExpiryTest {

    @Test
    void anAccessTokenStopsWorkingAtItsExpiry() {
        AtomicLong now = new AtomicLong(1_800_000_000_000L);
        EmulatorState state = new EmulatorState(null, now::get, new Random(1));
        state.ensureTeam(1L, "team-one", "seed-token");
        long expiresAt = now.get() + 31 * 60 * 1000L;
        String token = state.createAccessToken(1L, 1L, "build-9", expiresAt).secret();

        assertEquals(1L, state.authenticate(token));
        now.set(expiresAt);

        assertEquals(401, assertThrows(ApiError.class, () -> state.authenticate(token)).status());
        assertEquals(1L, state.authenticate("seed-token"));
    }
}
