package io.jenkins.plugins.convex.steps.environment;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.requestsEndingWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.Functions;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.tasks.Shell;
import hudson.util.Secret;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.freestyle.ConvexPreviewBuildWrapper;
import io.jenkins.plugins.convex.steps.ConvexCreatePreviewStep;
import io.jenkins.plugins.convex.steps.WithConvexPreviewStep;
import java.io.File;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The preview steps' {@code environment:} entries: set on the preview (read back through the
 * emulator's Deployment API), secrets from credentials masked and never saved, bad entries refused
 * before any request, and the Snippet Generator's round trip.
 */
@WithJenkins
class PreviewEnvironmentStepsTest {

    private static final String STRIPE_SECRET = "sk_test_51Hx9QzSecretValue";

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private long projectId;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        // Deployment URLs that point back at the emulator, which then serves their Deployment API.
        emulator = ConvexEmulator.builder().port(0).demo(true).localDeploymentUrls(true).build().start();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "env");
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "stripe-test", "Stripe test key", Secret.fromString(STRIPE_SECRET)));
        SystemCredentialsProvider.getInstance().save();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void withConvexPreviewSetsTheVariablesMasksTheSecretAndNeverSavesIt() throws Exception {
        assumeFalse(Functions.isWindows());
        WorkflowJob p = r.createProject(WorkflowJob.class, "web");
        p.setDefinition(new CpsFlowDefinition("node {\n"
                + "  withConvexPreview(projectId: " + projectId + ", branch: 'feature/env', environment: [\n"
                + "      [name: 'STRIPE_KEY', credentialsId: 'stripe-test'], [name: 'FEATURE_X', value: 'on']]) {\n"
                + "    sh 'echo \"the body sees: $(cat secret.txt)\"'\n"
                + "    semaphore 'inside'\n"
                + "  }\n"
                + "}", true));
        // The body prints the secret from a workspace file (with sh: an echo step would keep its argument in the flow node),
        // so neither the script nor a step's arguments hold it.
        r.jenkins.getWorkspaceFor(p).child("secret.txt").write(STRIPE_SECRET, "UTF-8");

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("inside/1", b);
        String name = onlyDeployment().name();
        assertEquals(Map.of("STRIPE_KEY", STRIPE_SECRET, "FEATURE_X", "on"), variablesOf(name));
        // Paused inside the block: the saved program exists now and must not hold the secret.
        assertTrue(new File(b.getRootDir(), "program.dat").isFile(), "program.dat is written while the build waits");
        assertNotInBuildDirectory(b, STRIPE_SECRET);

        SemaphoreStep.success("inside/1", null);
        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        r.assertLogContains("[convex] preview " + name + ": environment variables: 2 set, 0 already up to date", b);
        r.assertLogContains("the body sees: ****", b);
        r.assertLogNotContains(STRIPE_SECRET, b);
        assertNotInBuildDirectory(b, STRIPE_SECRET);
        assertFalse(new String(java.nio.file.Files.readAllBytes(p.getConfigFile().getFile().toPath())).contains(STRIPE_SECRET));
    }

    @Test
    void convexCreatePreviewSendsOnlyWhatDiffersOnReuse() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "api");
        p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'main', environment: [\n"
                + "    [name: 'STRIPE_KEY', credentialsId: 'stripe-test'], [name: 'FEATURE_X', value: 'on']])", true));
        WorkflowRun first = r.buildAndAssertSuccess(p);
        String name = onlyDeployment().name();
        r.assertLogContains("environment variables: 2 set, 0 already up to date", first);
        assertEquals(Map.of("STRIPE_KEY", STRIPE_SECRET, "FEATURE_X", "on"), variablesOf(name));
        long updates = requestsEndingWith(emulator, "POST", "/update_environment_variables");

        WorkflowRun second = r.buildAndAssertSuccess(p);
        r.assertLogContains("environment variables: 0 set, 2 already up to date", second);
        assertEquals(updates, requestsEndingWith(emulator, "POST", "/update_environment_variables"), "nothing differed: no update");
        r.assertLogNotContains(STRIPE_SECRET, second);
        assertNotInBuildDirectory(second, STRIPE_SECRET);
    }

    @Test
    void aBadEntryIsRefusedBeforeAnyRequest() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "bad");
        p.setDefinition(new CpsFlowDefinition("withConvexPreview(projectId: " + projectId + ", branch: 'main', environment: [\n"
                + "    [name: 'bad-name', value: 'x']]) { echo 'never' }", true));
        long before = emulator.requests().size();
        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("withConvexPreview: environment: 'bad-name' is not allowed; allowed: a name of at most 40 characters", b);
        r.assertLogNotContains("never", b);
        r.assertLogNotContains("\tat ", b);
        assertEquals(before, emulator.requests().size(), "no request was sent");

        p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'main', environment: [\n"
                + "    [name: 'STRIPE_KEY', credentialsId: 'no-such-credentials']])", true));
        WorkflowRun missing = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("variable STRIPE_KEY: credentials 'no-such-credentials' were not found", missing);
        assertEquals(before, emulator.requests().size(), "no request was sent");

        p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'main', environment: [\n"
                + "    [name: 'FEATURE_X', value: 'on', credentialsId: 'stripe-test']])", true));
        WorkflowRun both = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("environment: 'FEATURE_X' is not allowed; allowed: exactly one of value or credentialsId", both);
        assertEquals(before, emulator.requests().size(), "no request was sent");
    }

    @Test
    void theFreestyleWrapperSetsTheVariablesAndMasksTheSecret() throws Exception {
        assumeFalse(Functions.isWindows());
        FreeStyleProject p = r.createFreeStyleProject("site");
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(projectId);
        wrapper.setBranch("feature/site");
        PreviewVariable stripe = new PreviewVariable("STRIPE_KEY");
        stripe.setCredentialsId("stripe-test");
        wrapper.setEnvironment(List.of(stripe));
        p.getBuildWrappersList().add(wrapper);
        File secretFile = new File(r.jenkins.getRootDir(), "secret.txt");
        java.nio.file.Files.writeString(secretFile.toPath(), STRIPE_SECRET);
        p.getBuildersList().add(new Shell("echo \"the step sees: $(cat '" + secretFile.getAbsolutePath() + "')\""));

        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        assertEquals(Map.of("STRIPE_KEY", STRIPE_SECRET), variablesOf(onlyDeployment().name()));
        r.assertLogContains("environment variables: 1 set, 0 already up to date", b);
        r.assertLogContains("the step sees: ****", b);
        r.assertLogNotContains(STRIPE_SECRET, b);
        assertNotInBuildDirectory(b, STRIPE_SECRET);
    }

    @Test
    void theEntriesRoundTripThroughTheSnippetGeneratorAndTheFreestyleForm() throws Exception {
        PreviewVariable stripe = new PreviewVariable("STRIPE_KEY");
        stripe.setCredentialsId("stripe-test");
        PreviewVariable flag = new PreviewVariable("FEATURE_X");
        flag.setValue("on");

        WithConvexPreviewStep block = new WithConvexPreviewStep(42);
        block.setEnvironment(List.of(stripe, flag));
        r.assertEqualDataBoundBeans(block, new StepConfigTester(r).configRoundTrip(block));
        assertEquals("withConvexPreview(environment: [[credentialsId: 'stripe-test', name: 'STRIPE_KEY'], "
                + "[name: 'FEATURE_X', value: 'on']], projectId: 42) {\n    // some block\n}", Snippetizer.object2Groovy(block));

        ConvexCreatePreviewStep create = new ConvexCreatePreviewStep(42);
        create.setEnvironment(List.of(flag));
        r.assertEqualDataBoundBeans(create, new StepConfigTester(r).configRoundTrip(create));

        FreeStyleProject p = r.createFreeStyleProject("form");
        ConvexPreviewBuildWrapper wrapper = new ConvexPreviewBuildWrapper(42);
        wrapper.setEnvironment(List.of(stripe, flag));
        p.getBuildWrappersList().add(wrapper);
        r.configRoundtrip(p);
        r.assertEqualDataBoundBeans(wrapper, p.getBuildWrappersList().get(ConvexPreviewBuildWrapper.class));
    }

    @Test
    void theEntryFormListsSecretTextsAndChecksNamesOnlyForThoseWhoMayConfigure() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ).everywhere().to("dev"));
        PreviewVariable.DescriptorImpl d = r.jenkins.getDescriptorByType(PreviewVariable.DescriptorImpl.class);

        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            assertEquals(1, d.doFillCredentialsIdItems(job, "").size(), "only the (empty) current value");
            assertEquals(FormValidation.Kind.OK, d.doCheckName(job, "bad-name").kind);
        }
        try (ACLContext ignored = ACL.as2(User.getById("dev", true).impersonate2())) {
            List<String> ids = d.doFillCredentialsIdItems(job, "").stream().map(o -> o.value).toList();
            assertTrue(ids.contains("stripe-test"), ids.toString());
            assertEquals(FormValidation.Kind.ERROR, d.doCheckName(job, "bad-name").kind);
            assertEquals(FormValidation.Kind.ERROR, d.doCheckName(job, "").kind);
            assertEquals(FormValidation.Kind.OK, d.doCheckName(job, "STRIPE_KEY").kind);
        }
    }

    private Deployment onlyDeployment() {
        List<Deployment> deployments = ConvexTestSupport.client(emulator).listDeployments(projectId);
        assertEquals(1, deployments.size(), "one preview: " + deployments);
        return deployments.get(0);
    }

    /** The deployment's variables, through its own API with a key of its own (as a user would check). */
    private Map<String, String> variablesOf(String deploymentName) {
        ConvexClient client = ConvexTestSupport.client(emulator);
        String key = client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, "test-check", null)).key();
        String url = client.getDeployment(deploymentName).url();
        return DeploymentApiClientBuilder.forDeploymentUrl(url).deployKey(key).build().listEnvironmentVariables();
    }
}
