package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts an in-process emulator with two teams for each test and a client for the first, with
 * tiny backoffs so that retry tests run fast.
 */
abstract class EmulatorTestBase {

    static final long TEAM = 1L;
    static final long OTHER_TEAM = 2L;
    static final String TOKEN = "team1-secret-token-7f3a9c";
    static final String OTHER_TOKEN = "team2-secret-token-51d2e8";

    ConvexEmulator emu;
    ConvexClient client;
    EmulatorFaults faults;

    @BeforeEach
    void startEmulator() {
        emu = ConvexEmulator.builder().team(TEAM, "demo-team", TOKEN).team(OTHER_TEAM, "other-team", OTHER_TOKEN).build();
        emu.start();
        client = clientWith(TOKEN, fastRetries(4));
        faults = new EmulatorFaults(emu.port());
    }

    @AfterEach
    void stopEmulator() {
        emu.close();
    }

    static RetryPolicy fastRetries(int attempts) {
        return RetryPolicy.of(attempts, Duration.ofMillis(5), Duration.ofMillis(20));
    }

    ConvexClient clientWith(String token, RetryPolicy retries) {
        return ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(token)).retryPolicy(retries).build();
    }

    /** How many requests the emulator saw with this method and a path ending so. */
    long seen(String method, String pathSuffix) {
        List<RecordedRequest> all = emu.requests();
        return all.stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathSuffix)).count();
    }
}
