package io.jenkins.plugins.convex.client.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** Connect, read (also used for writes) and whole-call timeouts; zero means none. */
public record Timeouts(Duration connect, Duration read, Duration call) {

    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    boolean matches(OkHttpClient client) {
        return client.connectTimeoutMillis() == connect.toMillis()
                && client.readTimeoutMillis() == read.toMillis()
                && client.writeTimeoutMillis() == read.toMillis()
                && client.callTimeoutMillis() == call.toMillis();
    }

    OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        return builder.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(call.toMillis(), TimeUnit.MILLISECONDS);
    }
}
