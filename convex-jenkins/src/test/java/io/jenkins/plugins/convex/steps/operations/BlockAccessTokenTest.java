package io.jenkins.plugins.convex.steps.operations;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.client;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.EmulatorFaults;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.steps.BuildLeftovers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code withConvexAccessToken} on the live service's (platform) dialect: the token carries the
 * configured expiry, is deleted when the block ends (success, failure, abort), and a deletion that
 * failed or never happened is done by the durable queue once the build is over.
 */
@WithJenkins
class BlockAccessTokenTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private long team;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startPlatformEmulator();
        ConvexTestSupport.configurePlatform(emulator);
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        team = emulator.defaultTeamId();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    /** The team's tokens this test's blocks made (named {@code ci/...}), as the server lists them. */
    private List<AccessTokenInfo> blockTokens() {
        return client(emulator).listAccessTokens(team).stream().filter(t -> t.name().startsWith("ci/")).toList();
    }

    private WorkflowJob job(String script) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    @Test
    void theTokenCarriesTheConfiguredExpiryWhileTheBlockRunsAndIsDeletedWhenItSucceeds() throws Exception {
        ConvexGlobalConfiguration.get().setAccessTokenLifetimeMinutes(45);
        WorkflowJob job = job("node {\n"
                + "  withConvexAccessToken(name: 'ci') {\n"
                + "    writeFile file: 'token.txt', text: env.CONVEX_ACCESS_TOKEN\n"
                + "    semaphore 'inside'\n"
                + "  }\n"
                + "}");
        Instant before = Instant.now();
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("inside/1", b);
        Instant after = Instant.now();

        // What a killed build would leave behind: a token that expires after the configured lifetime.
        List<AccessTokenInfo> tokens = blockTokens();
        assertEquals(1, tokens.size(), tokens.toString());
        Instant expiresAt = tokens.get(0).expiresAt();
        assertNotNull(expiresAt, "the block's token has an expiry");
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofMinutes(45)).minusSeconds(1)), expiresAt.toString());
        assertFalse(expiresAt.isAfter(after.plus(Duration.ofMinutes(45)).plusSeconds(1)), expiresAt.toString());
        assertTrue(tokens.get(0).name().startsWith("ci/p#1/"), "unique to the block: " + tokens.get(0).name());
        assertTrue(PreviewCleanup.get().queue().find(PendingDeletion.queueKeyOfAccessToken(team, tokens.get(0).name()))
                .orElseThrow().isHeld(), "its deletion is owed, held while the build runs");

        SemaphoreStep.success("inside/1", null);
        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        r.assertLogContains("[convex] deleted access token " + tokens.get(0).name(), b);
        assertEquals(List.of(), blockTokens());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty(), PreviewCleanup.get().queue().list().toString());
        String token = r.jenkins.getWorkspaceFor(job).child("token.txt").readToString();
        r.assertLogNotContains(token, b);
        assertNotInBuildDirectory(b, token);
    }

    @Test
    void theTokenIsDeletedWhenTheBlockFails() throws Exception {
        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, job("withConvexAccessToken(name: 'ci') {\n"
                + "  error 'tests failed'\n"
                + "}").scheduleBuild2(0));

        r.assertLogContains("[convex] deleted access token ci/p#1/", b);
        r.assertLogContains("tests failed", b);
        assertEquals(List.of(), blockTokens());
    }

    @Test
    void theTokenIsDeletedWhenTheBuildIsAborted() throws Exception {
        WorkflowRun b = job("withConvexAccessToken(name: 'ci') {\n"
                + "  semaphore 'inside'\n"
                + "}").scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("inside/1", b);
        assertEquals(1, blockTokens().size());

        b.doStop();

        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));
        r.assertLogContains("[convex] deleted access token ci/p#1/", b);
        assertEquals(List.of(), blockTokens());
    }

    @Test
    void aTokenWhoseDeletionFailsIsRetriedInTheBackgroundWithoutFailingTheBuild() throws Exception {
        EmulatorFaults.inject(emulator, "{\"method\":\"POST\",\"path_regex\":\"/delete_access_token$\",\"status\":500,\"times\":100000}");
        String name;
        try {
            WorkflowRun b = r.assertBuildStatus(Result.SUCCESS, job("withConvexAccessToken(name: 'ci') { echo 'body' }").scheduleBuild2(0));
            r.assertLogContains("[convex] could not delete access token ci/p#1/", b);
            List<AccessTokenInfo> left = blockTokens();
            assertEquals(1, left.size(), "the server refused the delete");
            assertNotNull(left.get(0).expiresAt(), "it expires anyway");
            name = left.get(0).name();
            PendingDeletion owed = PreviewCleanup.get().queue().find(PendingDeletion.queueKeyOfAccessToken(team, name)).orElseThrow();
            assertFalse(owed.isHeld(), "due, not waiting for the build any more");
            // The retry the block started may still be running (and failing): let it end before the server recovers.
            PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);
        } finally {
            emulator.clearFaults();
        }
        PreviewCleanup.get().queue().update(PendingDeletion.queueKeyOfAccessToken(team, name), d -> d.dueNow(Instant.now()));
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

        assertEquals(List.of(), blockTokens());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty(), PreviewCleanup.get().queue().list().toString());
    }

    @Test
    void aTokenHeldForABuildThatIsOverIsDeletedByThePeriodicCleanup() throws Exception {
        WorkflowRun finished = r.buildAndAssertSuccess(job("echo 'a build cut off before its block ended'"));
        // As a block left it when the controller stopped in the middle: the token made, its deletion held for the build.
        PreviewCleanup.get().holdKeyDeletion(PendingDeletion.ofAccessToken(team, "ci/cut-off", finished.getExternalizableId(), "",
                ConvexTestSupport.CREDENTIALS_ID, Instant.now()));
        client(emulator).createAccessToken(team, new CreateAccessTokenRequest("ci/cut-off", Instant.now().plus(Duration.ofHours(1))));

        BuildLeftovers.queueAbandoned();
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

        assertEquals(List.of(), blockTokens());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty(), PreviewCleanup.get().queue().list().toString());
    }
}
