package io.jenkins.plugins.convex.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny JDK HTTP server for what the emulator does not show: request headers, and answers of
 * exactly a given shape. Answers are served in order; the last one repeats.
 */
final class RecordingServer implements AutoCloseable {

    record Seen(String method, String path, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, body, Map.of());
        }
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private volatile Answer last = Answer.json(200, "{}");

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), body));
            Answer next = answers.poll();
            Answer answer = next == null ? last : next;
            last = answer;
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
    }

    RecordingServer answer(int status, String body) {
        answers.add(Answer.json(status, body));
        return this;
    }

    RecordingServer answer(Answer answer) {
        answers.add(answer);
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    ConvexClient client(String token) {
        return ConvexClientBuilder.forBaseUrl(baseUrl()).token(ApiToken.of(token))
                .retryPolicy(EmulatorTestBase.fastRetries(3)).build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
