package io.jenkins.plugins.convex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small real-HTTP client for the tests: JSON in, status + JSON out. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A response with its body parsed as JSON (null when empty). */
    record Reply(int status, JsonNode json, String text, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;
    private final String token;
    private final String scheme;

    Http(ConvexEmulator emulator, String token) {
        this("http://127.0.0.1:" + emulator.port(), token, "Bearer");
    }

    Http withToken(String other) {
        return new Http(root, other, "Bearer");
    }

    /** Sends {@code Authorization: Convex <deploy key>}, as a deployment's own API expects. */
    Http withDeployKey(String deployKey) {
        return new Http(root, deployKey, "Convex");
    }

    private Http(String root, String token, String scheme) {
        this.root = root;
        this.token = token;
        this.scheme = scheme;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply post(String path) {
        return send("POST", path, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply send(String method, String path, String json) {
        try {
            return sendOrThrow(method, path, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends and lets connection failures through, for the drop tests. */
    Reply sendOrThrow(String method, String path, String json) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", scheme + " " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isEmpty() ? null : MAPPER.readTree(body);
            return new Reply(response.statusCode(), node, body, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
