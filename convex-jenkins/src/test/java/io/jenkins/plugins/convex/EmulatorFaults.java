package io.jenkins.plugins.convex;

import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The emulator's HTTP fault injection ({@code POST /_emulator/faults}), for tests of failing APIs. */
public final class EmulatorFaults {

    private EmulatorFaults() {
    }

    /** Every deployment delete answers 500 until {@link ConvexEmulator#clearFaults()}. */
    public static void failDeploymentDeletes(ConvexEmulator emulator) throws IOException, InterruptedException {
        inject(emulator, "{\"method\":\"POST\",\"path_regex\":\"/deployments/[^/]+/delete$\",\"status\":500,\"times\":100000}");
    }

    public static void inject(ConvexEmulator emulator, String json) throws IOException, InterruptedException {
        String admin = emulator.baseUrl().replaceFirst("/v1$", "") + "/_emulator/faults";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(admin))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("fault refused: " + r.statusCode() + " " + r.body());
        }
    }
}
