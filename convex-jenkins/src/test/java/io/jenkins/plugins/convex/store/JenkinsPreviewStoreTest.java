package io.jenkins.plugins.convex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.Reservation;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The Jenkins-backed store: where it keeps its file, and one reservation under concurrent builds. */
@WithJenkins
class JenkinsPreviewStoreTest {

    private static final PreviewKey KEY = new PreviewKey(4294967297L, PreviewIdentity.ofBranch("feature/login"));

    @Test
    void recordsLiveInOneFileUnderJenkinsHomeWithoutSecrets(JenkinsRule r) throws Exception {
        JenkinsPreviewStore store = JenkinsPreviewStore.get();
        Reservation reservation = ((Claim.Reserved) store.claim(new ClaimRequest(KEY, "p", Duration.ofMinutes(5), null))).reservation();
        assertTrue(store.complete(reservation, new PreviewRecord(KEY.projectId(), KEY.identity(), "feature/login",
                "happy-otter-123", Instant.now(), "folder/p", Map.of(PreviewAttributes.CREDENTIALS_ID, "convex-token"))));

        assertEquals(r.jenkins.getRootDir().toPath().resolve("convex-preview/previews.json"), store.getFile());
        String json = Files.readString(store.getFile());
        assertTrue(json.contains("happy-otter-123") && json.contains("folder/p") && json.contains("convex-token"), json);
        assertEquals("happy-otter-123", JenkinsPreviewStore.get().find(KEY.projectId(), KEY.identity()).orElseThrow().deploymentName());
    }

    @Test
    void concurrentBuildsOfOneBranchGetOneReservation(JenkinsRule r) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String holder = "build " + i;
                claims.add(pool.submit(() -> JenkinsPreviewStore.get().claim(new ClaimRequest(KEY, holder, Duration.ofMinutes(5), null))));
            }
            int reserved = 0;
            for (Future<Claim> claim : claims) {
                if (claim.get() instanceof Claim.Reserved) {
                    reserved++;
                }
            }
            assertEquals(1, reserved);
        } finally {
            pool.shutdownNow();
        }
    }
}
