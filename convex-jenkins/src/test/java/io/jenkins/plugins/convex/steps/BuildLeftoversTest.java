package io.jenkins.plugins.convex.steps;

import static io.jenkins.plugins.convex.ConvexTestSupport.client;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The safety net: ephemeral previews whose build is over are deleted; others are left alone. */
@WithJenkins
class BuildLeftoversTest {

    @Test
    void anEphemeralPreviewOfABuildThatIsGoneIsDeletedAndANormalOneIsKept(JenkinsRule r) throws Exception {
        try (ConvexEmulator emulator = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(emulator);
            long projectId = createProject(emulator, "app");
            String ephemeral = record(emulator, projectId, "feature/x-b3", true);
            String kept = record(emulator, projectId, "feature/x", false);

            BuildLeftovers.queueAbandoned();
            // processDue is one batch at a time: this returns once the batch queued above is done.
            PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

            assertFalse(deploymentExists(emulator, ephemeral));
            assertTrue(JenkinsPreviewStore.get().findByDeploymentName(ephemeral).isEmpty());
            assertTrue(deploymentExists(emulator, kept));
            assertTrue(JenkinsPreviewStore.get().findByDeploymentName(kept).isPresent());
        }
    }

    /** A preview on the server and its record, as a build of a job that no longer exists left them. */
    private static String record(ConvexEmulator emulator, long projectId, String identity, boolean ephemeral) {
        String name = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
        PreviewKey key = new PreviewKey(projectId, PreviewIdentity.fromValue(identity));
        JenkinsPreviewStore store = JenkinsPreviewStore.get();
        Claim.Reserved reserved = (Claim.Reserved) store.claim(new ClaimRequest(key, "gone", Duration.ofMinutes(5), null));
        Map<String, String> attributes = ephemeral
                ? Map.of(PreviewAttributes.JOB, "gone", PreviewAttributes.BUILD, "gone#3",
                        PreviewAttributes.CREDENTIALS_ID, ConvexTestSupport.CREDENTIALS_ID, PreviewAttributes.EPHEMERAL, "true")
                : Map.of(PreviewAttributes.JOB, "gone", PreviewAttributes.BUILD, "gone#2",
                        PreviewAttributes.CREDENTIALS_ID, ConvexTestSupport.CREDENTIALS_ID);
        store.complete(reserved.reservation(), new PreviewRecord(projectId, key.identity(), identity, name, Instant.now(), "gone", attributes));
        return name;
    }
}
