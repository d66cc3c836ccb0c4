package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in several JVMs at once by {@link FilePreviewStoreTest}: waits until the given instant
 * (epoch milliseconds), claims one identity, and prints what the store answered.
 */
public final class StoreClaimMain {

    public static void main(String[] args) throws InterruptedException {
        FilePreviewStore store = new FilePreviewStore(Path.of(args[0]));
        long startAt = Long.parseLong(args[1]);
        store.list(1L); // load classes before the start line, so the claims really race
        Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
        Claim claim = store.claim(new ClaimRequest(new PreviewKey(1L, PreviewIdentity.ofBranch("feature/race")),
                args[2], Duration.ofMinutes(5), null));
        System.out.println(claim.getClass().getSimpleName());
    }
}
