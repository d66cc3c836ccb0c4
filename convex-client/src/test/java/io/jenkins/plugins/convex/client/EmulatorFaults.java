package io.jenkins.plugins.convex.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Injects faults through the emulator's documented HTTP endpoint, as any client of it would. */
final class EmulatorFaults {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    EmulatorFaults(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/_emulator/faults");
    }

    /** Answers the next {@code times} matching requests with {@code status}. */
    void status(String method, String pathRegex, int status, int times) {
        add("{\"method\":\"" + method + "\",\"path_regex\":\"" + pathRegex + "\",\"status\":" + status + ",\"times\":" + times + "}");
    }

    void rateLimit(String method, String pathRegex, int retryAfterSeconds, int times) {
        withRetryAfter(method, pathRegex, 429, retryAfterSeconds, times);
    }

    void unavailable(String method, String pathRegex, int retryAfterSeconds, int times) {
        withRetryAfter(method, pathRegex, 503, retryAfterSeconds, times);
    }

    private void withRetryAfter(String method, String pathRegex, int status, int retryAfterSeconds, int times) {
        add("{\"method\":\"" + method + "\",\"path_regex\":\"" + pathRegex + "\",\"status\":" + status
                + ",\"retry_after\":" + retryAfterSeconds + ",\"times\":" + times + "}");
    }

    /** Closes the connection of the next {@code times} matching requests without an answer. */
    void drop(String method, String pathRegex, int times) {
        add("{\"method\":\"" + method + "\",\"path_regex\":\"" + pathRegex + "\",\"drop\":true,\"times\":" + times + "}");
    }

    void delay(String method, String pathRegex, long delayMs, int times) {
        add("{\"method\":\"" + method + "\",\"path_regex\":\"" + pathRegex + "\",\"delay_ms\":" + delayMs + ",\"times\":" + times + "}");
    }

    private void add(String json) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("fault refused: " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
