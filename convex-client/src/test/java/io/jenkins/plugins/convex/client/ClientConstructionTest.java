package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.http.SharedHttpClients;
import io.jenkins.plugins.convex.client.http.Timeouts;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The builder, dialect selection, shared connection pools and the retry policy's arithmetic. */
class ClientConstructionTest {

    private static final ApiToken TOKEN = ApiToken.of("construction-token");

    @Test
    void autoPicksThePlatformDialectForTheLiveServiceHosts() {
        assertEquals(ApiDialect.PLATFORM, ApiDialect.AUTO.resolveFor(HttpUrl.get("https://api.convex.dev/v1")));
        assertEquals(ApiDialect.PLATFORM, ApiDialect.AUTO.resolveFor(HttpUrl.get("https://provision.convex.dev/v1")));
        assertEquals(ApiDialect.SPEC, ApiDialect.AUTO.resolveFor(HttpUrl.get("http://127.0.0.1:8080/v1")));
        assertEquals(ApiDialect.SPEC, ApiDialect.SPEC.resolveFor(HttpUrl.get("https://api.convex.dev/v1")));
    }

    @Test
    void buildingForTheLiveServiceSpeaksItsPlatformDialect() {
        ConvexClient c = ConvexClientBuilder.forBaseUrl("https://api.convex.dev/v1").token(TOKEN).build();

        assertEquals(ApiDialect.PLATFORM, c.dialect());
        assertTrue(c.toString().contains("dialect=PLATFORM"), c.toString());
    }

    @Test
    void thePlatformDialectCanBeSelectedForAnyHost() {
        ConvexClient c = ConvexClientBuilder.forBaseUrl("http://127.0.0.1:1/v1").token(TOKEN).dialect(ApiDialect.PLATFORM).build();

        assertEquals(ApiDialect.PLATFORM, c.dialect());
    }

    @Test
    void theSpecDialectCanBeForcedForAnyHost() {
        ConvexClient c = ConvexClientBuilder.forBaseUrl("https://api.convex.dev/v1").token(TOKEN).dialect(ApiDialect.SPEC).build();

        assertTrue(c.toString().contains("dialect=SPEC"), c.toString());
    }

    @Test
    void aMalformedBaseUrlIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConvexClientBuilder.forBaseUrl("api.convex.dev"));
        assertEquals("api_url", e.field());
        assertThrows(InvalidInputException.class, () -> ConvexClientBuilder.forBaseUrl("ftp://x/v1"));
    }

    @Test
    void aTokenIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConvexClientBuilder.forBaseUrl("http://127.0.0.1:1/v1").build());
        assertEquals("token", e.field());
    }

    @Test
    void negativeTimeoutsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConvexClientBuilder.forBaseUrl("http://127.0.0.1:1/v1").readTimeout(Duration.ofSeconds(-1)));
        assertEquals("read_timeout", e.field());
    }

    @Test
    void oneBaseUrlSharesOneConnectionPoolWhateverTheTimeouts() {
        HttpUrl url = HttpUrl.get("http://127.0.0.1:9/pool-a");
        OkHttpClient a = SharedHttpClients.forBaseUrl(url, Timeouts.defaults());
        OkHttpClient b = SharedHttpClients.forBaseUrl(url, new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)));
        OkHttpClient other = SharedHttpClients.forBaseUrl(HttpUrl.get("http://127.0.0.1:9/pool-b"), Timeouts.defaults());

        assertSame(a, SharedHttpClients.forBaseUrl(url, Timeouts.defaults()));
        assertSame(a.connectionPool(), b.connectionPool());
        assertEquals(2000, b.readTimeoutMillis());
        assertNotSame(a.connectionPool(), other.connectionPool());
    }

    @Test
    void aCallersHttpClientKeepsItsPoolButNotItsRetryOnConnectionFailure() {
        OkHttpClient base = new OkHttpClient();
        OkHttpClient derived = SharedHttpClients.fromBase(base, Timeouts.defaults());

        assertSame(base.connectionPool(), derived.connectionPool());
        assertEquals(false, derived.retryOnConnectionFailure());
    }

    @Test
    void theBackoffGrowsWithJitterUpToItsCap() {
        RetryPolicy p = RetryPolicy.of(6, Duration.ofMillis(100), Duration.ofMillis(400));
        for (int i = 0; i < 50; i++) {
            long first = p.delayBefore(2, null).toMillis();
            long third = p.delayBefore(4, null).toMillis();
            long late = p.delayBefore(6, null).toMillis();
            assertTrue(first >= 50 && first <= 100, "first retry " + first);
            assertTrue(third >= 200 && third <= 400, "third retry " + third);
            assertTrue(late >= 200 && late <= 400, "capped " + late);
        }
    }

    @Test
    void aRetryAfterWinsOverTheBackoffUpToItsCap() {
        RetryPolicy p = RetryPolicy.of(3, Duration.ofMillis(10), Duration.ofMillis(20)).withMaxRetryAfter(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(2), p.delayBefore(2, Duration.ofSeconds(2)));
        assertEquals(Duration.ofSeconds(5), p.delayBefore(2, Duration.ofSeconds(60)));
    }

    @Test
    void aPolicyNeedsAtLeastOneAttempt() {
        assertEquals("max_attempts", assertThrows(InvalidInputException.class,
                () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO)).field());
    }
}
