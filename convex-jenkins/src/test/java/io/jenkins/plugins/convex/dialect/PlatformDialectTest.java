package io.jenkins.plugins.convex.dialect;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.client;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.EmulatorFaults;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.freestyle.ConvexPreviewBuildWrapper;
import io.jenkins.plugins.convex.page.ConvexPreviewsLink;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.steps.BuildLeftovers;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
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
 * The steps against an emulator speaking the live service's (platform) dialect, chosen by the global
 * "API dialect" setting: the preview's identity is its server reference (reuse without the store),
 * the preview expiry setting reaches the server, keys made for a block are deleted when it ends,
 * returned keys expire, and the previews page shows the server's expiry.
 */
@WithJenkins
class PlatformDialectTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startPlatformEmulator();
        ConvexTestSupport.configurePlatform(emulator);
        projectId = createProject(emulator, "app");
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private WorkflowRun run(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.jenkins.getItemByFullName("p", WorkflowJob.class);
        if (job == null) {
            job = r.createProject(WorkflowJob.class, "p");
        }
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    private PreviewRecord stored(String branch) {
        return JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch(branch, "p")).orElseThrow();
    }

    private List<String> keyNames() {
        return client(emulator).listDeployKeys(projectId).stream().map(DeployKey::name).toList();
    }

    @Test
    void thePreviewCarriesItsIdentityAsTheServersReference() throws Exception {
        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'", Result.SUCCESS);

        assertEquals("preview/p/feature/login", client(emulator).getDeployment(stored("feature/login").deploymentName()).reference());
    }

    @Test
    void aControllerWhoseStoreNeverSawThePreviewReusesItByReference() throws Exception {
        String script = "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'";
        run(r, script, Result.SUCCESS);
        PreviewRecord first = stored("feature/login");
        // Another controller: same server, a store without this preview.
        assertTrue(JenkinsPreviewStore.get().remove(projectId, first.identity(), first.deploymentName()));

        WorkflowRun again = run(r, script, Result.SUCCESS);

        r.assertLogContains("[convex] reused preview " + first.deploymentName() + " for feature/login", again);
        assertEquals(first.deploymentName(), stored("feature/login").deploymentName());
        assertEquals(1, ConvexTestSupport.requestsEndingWith(emulator, "POST", "/create_deployment"));
    }

    @Test
    void thePreviewExpirySettingSetsTheServersExpiry() throws Exception {
        ConvexGlobalConfiguration.get().setPreviewExpiryDays("3");
        Instant before = Instant.now();

        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'", Result.SUCCESS);

        Instant expiresAt = client(emulator).getDeployment(stored("feature/login").deploymentName()).expiresAt();
        assertNotNull(expiresAt);
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofDays(3)).minusSeconds(5)), expiresAt.toString());
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofDays(3)).plusSeconds(5)), expiresAt.toString());
    }

    @Test
    void withConvexPreviewDeletesTheBlocksKeyWhenTheBlockEnds() throws Exception {
        WorkflowRun b = run(r, "withConvexPreview(projectId: " + projectId + ", branch: 'feature/login', deployKey: true, keyName: 'e2e') {\n"
                + "  echo \"has key: ${env.CONVEX_DEPLOY_KEY.length() > 10}\"\n"
                + "}", Result.SUCCESS);

        String name = stored("feature/login").deploymentName();
        r.assertLogContains("has key: true", b);
        r.assertLogContains("[convex] deleted deploy key p/feature/login/e2e of deployment " + name, b);
        assertTrue(keyNames().isEmpty(), keyNames().toString());
        assertTrue(ConvexTestSupport.deploymentExists(emulator, name), "the preview itself stays");
    }

    @Test
    void aBlocksKeyCarriesTheConfiguredExpiryAsABackstopUntilTheBlockDeletesIt() throws Exception {
        ConvexGlobalConfiguration.get().setDeployKeyLifetimeHours(6);
        WorkflowJob job = r.createProject(WorkflowJob.class, "held");
        job.setDefinition(new CpsFlowDefinition("withConvexPreview(projectId: " + projectId + ", branch: 'feature/held', deployKey: true) {\n"
                + "  semaphore 'inside'\n"
                + "}", true));
        Instant before = Instant.now();
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("inside/1", b);
        Instant after = Instant.now();

        String deployment = b.getAction(ConvexPreviewAction.class).getDeploymentName();
        List<Instant> expiries = keyExpiries(deployment);
        assertEquals(1, expiries.size(), "one key for the block");
        assertFalse(expiries.get(0).isBefore(before.plus(Duration.ofHours(6)).minusSeconds(1)), expiries.toString());
        assertFalse(expiries.get(0).isAfter(after.plus(Duration.ofHours(6)).plusSeconds(1)), expiries.toString());

        SemaphoreStep.success("inside/1", null);
        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        assertTrue(keyExpiries(deployment).isEmpty(), "deleted when the block ended");
    }

    /** The expiries of a deployment's keys as the server lists them (the client's model has no expiry field). */
    private List<Instant> keyExpiries(String deployment) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl() + "/deployments/" + deployment + "/list_deploy_keys"))
                        .header("Authorization", "Bearer " + emulator.defaultToken()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        com.fasterxml.jackson.databind.JsonNode items = root.isArray() ? root : root.path("items");
        List<Instant> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode item : items) {
            assertTrue(item.hasNonNull("expiresAt"), "a key without expiry: " + item);
            out.add(Instant.ofEpochMilli(item.get("expiresAt").asLong()));
        }
        return out;
    }

    @Test
    void withConvexDeployKeyDeletesTheKeyEvenWhenTheBodyFails() throws Exception {
        String deployment = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();

        WorkflowRun b = run(r, "withConvexDeployKey(deploymentName: '" + deployment + "', keyName: 'ci') {\n"
                + "  error 'tests failed'\n"
                + "}", Result.FAILURE);

        r.assertLogContains("[convex] deleted deploy key ci of deployment " + deployment, b);
        assertTrue(keyNames().isEmpty(), keyNames().toString());
    }

    @Test
    void aBlockKeyWhoseDeletionFailsIsRetriedInTheBackgroundWithoutFailingTheBuild() throws Exception {
        String deployment = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
        EmulatorFaults.inject(emulator, "{\"method\":\"POST\",\"path_regex\":\"/delete_deploy_key$\",\"status\":500,\"times\":100000}");
        WorkflowRun b;
        try {
            b = run(r, "withConvexDeployKey(deploymentName: '" + deployment + "', keyName: 'ci') { echo 'body' }", Result.SUCCESS);
            r.assertLogContains("[convex] could not delete deploy key ci of deployment " + deployment + " now", b);
            assertEquals(List.of("ci"), keyNames(), "the server refused the delete");
            PendingDeletion owed = PreviewCleanup.get().queue().find(PendingDeletion.queueKeyOfKey(deployment, "ci")).orElseThrow();
            assertFalse(owed.isHeld(), "due, not waiting for the build any more");
            // The retry the block started may still be running (and failing): let it end before the server recovers.
            PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);
        } finally {
            emulator.clearFaults();
        }
        PreviewCleanup.get().queue().update(PendingDeletion.queueKeyOfKey(deployment, "ci"), d -> d.dueNow(Instant.now()));
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

        assertTrue(keyNames().isEmpty(), keyNames().toString());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty(), PreviewCleanup.get().queue().list().toString());
    }

    @Test
    void aKeyHeldForABuildThatIsOverIsDeletedByThePeriodicCleanup() throws Exception {
        String deployment = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
        WorkflowRun finished = run(r, "echo 'a build cut off before its block ended'", Result.SUCCESS);
        // As a block left it when the controller stopped in the middle: the key made, its deletion held for the build.
        PreviewCleanup.get().holdKeyDeletion(PendingDeletion.ofKey(deployment, projectId, "cut-off", finished.getExternalizableId(), "",
                ConvexTestSupport.CREDENTIALS_ID, Instant.now()));
        client(emulator).createDeployKey(projectId, new CreateDeployKeyRequest(deployment, "cut-off", null));

        BuildLeftovers.queueAbandoned();
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

        assertTrue(keyNames().isEmpty(), keyNames().toString());
        assertTrue(PreviewCleanup.get().queue().list().isEmpty(), PreviewCleanup.get().queue().list().toString());
    }

    @Test
    void convexDeployKeyReturnsAKeyThatExpiresAfterTheConfiguredLifetime() throws Exception {
        ConvexGlobalConfiguration.get().setDeployKeyLifetimeHours(6);
        ConvexGlobalConfiguration.get().setSecretsAsValues(true);
        String deployment = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
        Instant before = Instant.now();

        WorkflowRun b = run(r, "def k = convexDeployKey deploymentName: '" + deployment + "', projectId: " + projectId + ", keyName: 'ci'\n"
                + "echo \"expiresAt=${k.expiresAt}\"", Result.SUCCESS);

        String line = b.getLog().lines().filter(l -> l.startsWith("expiresAt=")).findFirst().orElseThrow();
        Instant expiresAt = Instant.parse(line.substring("expiresAt=".length()));
        assertFalse(expiresAt.isBefore(before.plus(Duration.ofHours(6))), expiresAt.toString());
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofHours(6)).plusSeconds(1)), expiresAt.toString());
        r.assertLogContains("[convex] created deploy key ci for deployment " + deployment + ", expiring at ", b);
        assertEquals(List.of("ci"), keyNames(), "a returned key is not deleted: the script may still use it");
    }

    @Test
    void theFreestyleWrapperDeletesItsKeyWhenTheBuildEnds() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject("web");
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("feature/login");
        wrapper.setDeployKey(true);
        wrapper.setKeyName("e2e");
        p.getBuildWrappersList().add(wrapper);

        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        String name = JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/login", "web")).orElseThrow().deploymentName();
        r.assertLogContains("[convex] deleted deploy key web/feature/login/e2e of deployment " + name, b);
        assertTrue(keyNames().isEmpty(), keyNames().toString());
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void thePreviewsPageShowsTheServersExpiry() throws Exception {
        ConvexGlobalConfiguration.get().setPreviewExpiryDays("2");
        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/login'", Result.SUCCESS);
        Deployment onServer = client(emulator).getDeployment(stored("feature/login").deploymentName());

        ConvexPreviewsLink page = r.jenkins.getExtensionList(ConvexPreviewsLink.class).get(0);
        page.getExpiries(); // the first view starts the background read
        String shown = awaitExpiry(page, onServer.name());

        assertEquals(onServer.expiresAt().toString(), shown);
        JenkinsRule.WebClient wc = r.createWebClient();
        assertTrue(wc.goTo("manage/convex-previews").asNormalizedText().contains(shown));
    }

    @Test
    void thePreviewsPageRendersAtOnceWhileTheServerIsSlow() throws Exception {
        ConvexGlobalConfiguration.get().setPreviewExpiryDays("2");
        run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/slow'", Result.SUCCESS);
        JenkinsRule.WebClient wc = r.createWebClient();
        wc.goTo("manage"); // a first page loads the shared scripts and styles: what is timed below is this page's own work
        EmulatorFaults.inject(emulator, "{\"delay_ms\":10000,\"times\":100}");
        try {
            long fastest = Long.MAX_VALUE;
            String text = "";
            for (int i = 0; i < 2; i++) { // the faster of two renders, so one garbage collection on a busy machine does not decide
                long start = System.nanoTime();
                text = wc.goTo("manage/convex-previews").asNormalizedText();
                fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
            }
            assertTrue(fastest < 2000, "the page waited " + fastest + " ms for a server answering in 10 s");
            assertTrue(text.contains(stored("feature/slow").deploymentName()), text);
            assertTrue(text.contains("Reading the expiries from the server"), text);
        } finally {
            emulator.clearFaults();
        }
    }

    private static String awaitExpiry(ConvexPreviewsLink page, String deploymentName) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            String shown = page.getExpiries().get(deploymentName);
            if (shown != null) {
                return shown;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no expiry for " + deploymentName + " after 30 s");
    }

    @Test
    void onTheSpecDialectTheBlocksKeyStaysAndTheLogSaysWhy() throws Exception {
        try (ConvexEmulator spec = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(spec);
            ConvexGlobalConfiguration.get().setApiDialect("auto");
            long specProject = createProject(spec, "app");
            String deployment = client(spec).createCloudDeployment(specProject,
                    CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();

            WorkflowRun b = run(r, "withConvexDeployKey(deploymentName: '" + deployment + "', keyName: 'ci') { echo 'body' }", Result.SUCCESS);

            r.assertLogContains("[convex] deploy key ci of deployment " + deployment
                    + " stays: the spec API dialect cannot delete deploy keys", b);
            assertEquals(1, client(spec).listDeployKeys(specProject).size());
        }
    }

    @Test
    void onTheSpecDialectThePreviewExpirySettingIsIgnored() throws Exception {
        try (ConvexEmulator spec = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(spec);
            ConvexGlobalConfiguration.get().setApiDialect("auto");
            ConvexGlobalConfiguration.get().setPreviewExpiryDays("3");
            long specProject = createProject(spec, "app");

            WorkflowRun b = run(r, "convexCreatePreview projectId: " + specProject + ", branch: 'feature/login'", Result.SUCCESS);

            r.assertLogContains("[convex] created preview ", b);
        }
    }

    @Test
    void testConnectionSpeaksTheDialectChosenInTheForm() {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        config.setApiDialect("auto"); // saved: spec for the emulator's loopback URL; the form says platform

        hudson.util.FormValidation result = config.doTestConnection(emulator.baseUrl(), ConvexTestSupport.CREDENTIALS_ID,
                Long.toString(emulator.defaultTeamId()), "platform");

        assertEquals(hudson.util.FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertTrue(result.renderHtml().contains("(platform API dialect)"), result.renderHtml());
    }
}
