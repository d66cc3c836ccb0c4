package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import java.nio.file.Path;

/**
 * Run in several JVMs at once by {@link CreateAcrossProcessesTest}, as separate command-line runs
 * would be: args are base URL, state file, project id, branch, start instant (epoch ms). The
 * token comes from the environment, never the arguments. Prints the deployment name and whether
 * it was created.
 */
public final class CreateFromProcessMain {

    public static void main(String[] args) throws InterruptedException {
        ConvexClient client = ConvexClientBuilder.forBaseUrl(args[0])
                .token(ApiToken.of(System.getenv("CONVEX_TEST_TOKEN"))).build();
        PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, new FilePreviewStore(Path.of(args[1]))).build();
        CreatePreviewRequest request = CreatePreviewRequest.builder(Long.parseLong(args[2]), PreviewIdentity.ofBranch(args[3]))
                .creator("process-" + ProcessHandle.current().pid()).build();
        lifecycle.store().list(1L); // warm up before the start line, so the creates really race
        Thread.sleep(Math.max(0, Long.parseLong(args[4]) - System.currentTimeMillis()));
        PreviewResult r = lifecycle.createOrReuse(request);
        System.out.println(r.name() + " " + r.created());
    }
}
