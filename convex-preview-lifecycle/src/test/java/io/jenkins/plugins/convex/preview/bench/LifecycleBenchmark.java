package io.jenkins.plugins.convex.preview.bench;

import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.DeletePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Not a test: prints how a sweep of 200 previews scales with concurrency under 50 ms of injected
 * latency per request, and how many HTTP requests a fresh create, a reuse and a delete cost.
 * Command in docs/benchmarks.md. Arguments (optional): number of previews (200), latency ms (50).
 */
public final class LifecycleBenchmark {

    public static void main(String[] args) throws Exception {
        int previews = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (ConvexEmulator emu = ConvexEmulator.builder().port(0).build()) {
            emu.start();
            ConvexClient client = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken())).build();
            long project = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("bench")).id();
            PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, new InMemoryPreviewStore()).build();
            String admin = emu.baseUrl().replaceFirst("/v1$", "") + "/_emulator/faults";

            System.out.printf("Convex preview lifecycle benchmark: %d previews, %d ms latency per request (Java %s, %d CPUs)%n",
                    previews, latencyMs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            post(admin, "{\"path_regex\":\".*\",\"delay_ms\":" + latencyMs + ",\"times\":-1}");

            PreviewIdentity id = PreviewIdentity.ofBranch("bench/requests");
            count(emu, "fresh create", () -> lifecycle.createOrReuse(CreatePreviewRequest.builder(project, id).build()));
            count(emu, "reuse", () -> lifecycle.createOrReuse(CreatePreviewRequest.builder(project, id).build()));
            count(emu, "reuse + deploy key", () -> lifecycle.createOrReuse(CreatePreviewRequest.builder(project, id).deployKey("1").build()));
            count(emu, "recreate", () -> lifecycle.createOrReuse(CreatePreviewRequest.builder(project, id).recreate(true).build()));
            count(emu, "list (1 preview)", () -> lifecycle.list(project));
            count(emu, "delete by identity", () -> lifecycle.delete(DeletePreviewRequest.byIdentity(project, id)));

            for (int concurrency : List.of(SweepRequest.DEFAULT_CONCURRENCY, 1)) {
                delete(admin);
                populate(lifecycle, project, previews);
                post(admin, "{\"path_regex\":\".*\",\"delay_ms\":" + latencyMs + ",\"times\":-1}");
                emu.clearRequests();
                long start = System.nanoTime();
                SweepReport report = lifecycle.sweep(SweepRequest.builder(project).keepBranches(List.of()).concurrency(concurrency).build(), null);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("sweep of %d previews at concurrency %d: %d ms (%.1f deletions/s), %d requests, %d deleted, %d failed%n",
                        previews, concurrency, ms, previews * 1000.0 / ms, emu.requests().size(), report.deleted().size(), report.failed().size());
            }
        }
    }

    private static void count(ConvexEmulator emu, String what, Supplier<?> op) {
        emu.clearRequests();
        long start = System.nanoTime();
        op.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-20s %d HTTP requests %s, %d ms%n", what + ":", emu.requests().size(),
                emu.requests().stream().map(r -> r.method() + " " + r.path().replaceAll("/v1", "")).toList(), ms);
    }

    /** Makes the previews without latency, eight at a time, so the run measures the sweep. */
    private static void populate(PreviewLifecycle lifecycle, long project, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> made = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            PreviewIdentity id = PreviewIdentity.ofBranch("bench/branch-" + i);
            made.add(pool.submit(() -> lifecycle.createOrReuse(CreatePreviewRequest.builder(project, id).build())));
        }
        for (Future<?> f : made) {
            f.get();
        }
        pool.shutdown();
    }

    private static void post(String url, String json) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void delete(String url) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
    }

    private static void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
