package io.jenkins.plugins.convex.cleanup;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Background work that fails says so in the log instead of failing in silence, and the periodic work survives it. */
@WithJenkins
class BackgroundFailuresTest {

    @Test
    void aFailingBackgroundDeletionIsLoggedAndThePeriodicWorkCarriesOn(JenkinsRule r) throws Exception {
        // A queue file that cannot be read: every pass over the queue fails.
        Files.createDirectories(PreviewCleanup.queueFile().getParent());
        Files.writeString(PreviewCleanup.queueFile(), "{ not json");
        try (LogRecorder logs = new LogRecorder().record(PreviewCleanup.class, Level.WARNING)
                .record(PreviewCleanupWork.class, Level.WARNING).capture(10)) {

            assertThrows(ExecutionException.class, () -> PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS));
            assertTrue(logs.getMessages().contains("the background deletion of Convex previews failed"), logs.getMessages().toString());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PreviewCleanupWork().execute(new StreamTaskListener(out, StandardCharsets.UTF_8)); // does not throw
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("the periodic Convex preview cleanup failed"), out.toString(StandardCharsets.UTF_8));
            assertTrue(logs.getMessages().contains("the periodic Convex preview cleanup failed; it runs again in a minute"),
                    logs.getMessages().toString());
        }
    }
}
