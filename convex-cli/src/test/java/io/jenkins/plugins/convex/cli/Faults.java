package io.jenkins.plugins.convex.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Injects HTTP faults into an emulator through its documented admin endpoint. */
final class Faults {

    private Faults() {
    }

    static void inject(String baseUrl, String json) throws IOException, InterruptedException {
        String admin = baseUrl.replaceFirst("/v1$", "") + "/_emulator/faults";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(admin)).POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("fault not accepted: " + response.statusCode() + " " + response.body());
        }
    }
}
