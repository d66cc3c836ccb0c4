package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** An in-process emulator over real HTTP, a client for it and one project. */
public final class EmulatorFixture implements AutoCloseable {

    public final ConvexEmulator emulator;
    public final ConvexClient client;
    public final long projectId;

    public EmulatorFixture() {
        this(RetryPolicy.of(2, Duration.ofMillis(20), Duration.ofMillis(100)));
    }

    public EmulatorFixture(RetryPolicy retryPolicy) {
        emulator = ConvexEmulator.builder().port(0).build();
        emulator.start();
        client = ConvexClientBuilder.forBaseUrl(emulator.baseUrl())
                .token(ApiToken.of(emulator.defaultToken()))
                .retryPolicy(retryPolicy)
                .build();
        projectId = client.createProject(emulator.defaultTeamId(), CreateProjectRequest.named("shop")).id();
        emulator.clearRequests();
    }

    /** Injects a fault through the emulator's HTTP admin endpoint, e.g. {@code {"status":500,"times":1}}. */
    public void fault(String json) {
        String admin = emulator.baseUrl().replaceFirst("/v1$", "") + "/_emulator/faults";
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(admin))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("fault refused: " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many requests with this method had a path matching {@code pathRegex} (found anywhere). */
    public long count(String method, String pathRegex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pathRegex);
        List<RecordedRequest> seen = emulator.requests();
        return seen.stream().filter(r -> r.method().equals(method) && p.matcher(r.path()).find()).count();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
