package io.jenkins.plugins.convex.client.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One {@link OkHttpClient} (and so one connection pool and dispatcher) per base URL for the whole
 * JVM: clients are cheap to build, pools are not. Different timeouts get a {@code newBuilder()}
 * derivative, which shares the pool.
 */
public final class SharedHttpClients {

    private static final ConcurrentMap<String, OkHttpClient> BY_BASE_URL = new ConcurrentHashMap<>();

    private SharedHttpClients() {
    }

    /** The shared client for {@code baseUrl}, with {@code timeouts}. */
    public static OkHttpClient forBaseUrl(HttpUrl baseUrl, Timeouts timeouts) {
        OkHttpClient shared = BY_BASE_URL.computeIfAbsent(key(baseUrl),
                k -> ownRetries(timeouts.applyTo(new OkHttpClient.Builder())).build());
        return timeouts.matches(shared) ? shared : timeouts.applyTo(shared.newBuilder()).build();
    }

    /** A derivative of a caller's client (e.g. Jenkins' proxy-aware one), sharing its pool. */
    public static OkHttpClient fromBase(OkHttpClient base, Timeouts timeouts) {
        return ownRetries(timeouts.applyTo(base.newBuilder())).build();
    }

    /**
     * OkHttp would otherwise silently re-send a request after some connection failures, POSTs
     * included; the transport decides what may be repeated, so a create is never sent twice.
     */
    private static OkHttpClient.Builder ownRetries(OkHttpClient.Builder builder) {
        return builder.retryOnConnectionFailure(false);
    }

    private static String key(HttpUrl baseUrl) {
        return baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port() + baseUrl.encodedPath();
    }
}
