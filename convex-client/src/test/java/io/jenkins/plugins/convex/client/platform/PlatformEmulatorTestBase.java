package io.jenkins.plugins.convex.client.platform;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An in-process emulator speaking the live service's dialect, two teams, and a PLATFORM client for the first. */
abstract class PlatformEmulatorTestBase {

    static final long TEAM = 1L;
    static final long OTHER_TEAM = 2L;
    static final String TOKEN = "team1-platform-token-9c1e44";
    static final String OTHER_TOKEN = "team2-platform-token-3b7d02";

    ConvexEmulator emu;
    ConvexClient client;

    @BeforeEach
    void startEmulator() {
        emu = ConvexEmulator.builder().dialect(EmulatorDialect.PLATFORM)
                .team(TEAM, "demo-team", TOKEN).team(OTHER_TEAM, "other-team", OTHER_TOKEN).build();
        emu.start();
        client = clientWith(TOKEN);
    }

    @AfterEach
    void stopEmulator() {
        emu.close();
    }

    ConvexClient clientWith(String token) {
        return ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(token)).dialect(ApiDialect.PLATFORM)
                .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20))).build();
    }

    long seen(String method, String pathSuffix) {
        return emu.requests().stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathSuffix)).count();
    }
}
