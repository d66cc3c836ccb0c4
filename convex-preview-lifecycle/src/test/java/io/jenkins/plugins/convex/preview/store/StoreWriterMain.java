package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Run in a second JVM by {@link FilePreviewStoreTest}: writes records to a store as fast as it
 * can, each with a large attribute so a write takes long enough to be killed in the middle, and
 * prints after each step how many records it knows to be in the store.
 */
public final class StoreWriterMain {

    public static void main(String[] args) {
        FilePreviewStore store = new FilePreviewStore(Path.of(args[0]));
        String padding = "x".repeat(20_000);
        int stored = 0;
        for (int i = 0; ; i++) {
            PreviewIdentity id = PreviewIdentity.ofBranch("branch-" + i);
            Claim claim = store.claim(new ClaimRequest(new PreviewKey(1L, id), "writer", Duration.ofMinutes(5), null));
            if (claim instanceof Claim.Existing) {
                stored++;
            } else if (claim instanceof Claim.Reserved reserved
                    && store.complete(reserved.reservation(), new PreviewRecord(1L, id, id.source(), "dep-" + i,
                            Instant.now(), "writer", Map.of("padding", padding)))) {
                stored++;
            }
            // Count only records known to be on disk: an identity left reserved by the writer killed in an
            // earlier round answers Busy (until the reservation goes stale) and is not acknowledged.
            System.out.println(stored);
            System.out.flush();
        }
    }
}
