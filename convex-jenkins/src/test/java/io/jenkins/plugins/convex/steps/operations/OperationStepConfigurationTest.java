package io.jenkins.plugins.convex.steps.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.convex.sweep.ConvexCleanupPreviewsStep;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** What the Snippet Generator produces and reads back for the operation and cleanup steps. */
@WithJenkins
class OperationStepConfigurationTest {

    private static void roundTrips(JenkinsRule r, Step step) throws Exception {
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
    }

    @Test
    void deleteProjectRoundTripsWithItsConfirmation(JenkinsRule r) throws Exception {
        ConvexDeleteProjectStep step = new ConvexDeleteProjectStep(42);
        step.setConfirm("shop");
        roundTrips(r, step);
        assertEquals("convexDeleteProject confirm: 'shop', projectId: 42", Snippetizer.object2Groovy(step));
    }

    @Test
    void createDeploymentRoundTrips(JenkinsRule r) throws Exception {
        ConvexCreateDeploymentStep step = new ConvexCreateDeploymentStep(42, "dev");
        step.setRegion("aws-eu-west-1");
        roundTrips(r, step);
        assertEquals("convexCreateDeployment deploymentType: 'dev', projectId: 42, region: 'aws-eu-west-1'",
                Snippetizer.object2Groovy(step));
    }

    @Test
    void customDomainStepsRoundTrip(JenkinsRule r) throws Exception {
        roundTrips(r, new ConvexCreateCustomDomainStep("happy-otter-123", "api.example.com", "convexSite"));
        roundTrips(r, new ConvexDeleteCustomDomainStep("happy-otter-123", "api.example.com"));
        roundTrips(r, new ConvexListCustomDomainsStep("happy-otter-123"));
    }

    @Test
    void projectAndTeamStepsRoundTrip(JenkinsRule r) throws Exception {
        ConvexCreateProjectStep create = new ConvexCreateProjectStep("checkout");
        create.setTeamId("7");
        roundTrips(r, create);
        ConvexGetProjectStep get = new ConvexGetProjectStep();
        get.setSlug("checkout");
        roundTrips(r, get);
        assertEquals("convexGetProject slug: 'checkout'", Snippetizer.object2Groovy(get));
        roundTrips(r, new ConvexListProjectsStep());
        roundTrips(r, new ConvexListTeamMembersStep());
        roundTrips(r, new ConvexCreateAccessTokenStep("ci"));
    }

    @Test
    void deploymentAndKeyListingStepsRoundTrip(JenkinsRule r) throws Exception {
        roundTrips(r, new ConvexListDeploymentsStep(42));
        roundTrips(r, new ConvexGetDeploymentStep("happy-otter-123"));
        roundTrips(r, new ConvexGetDefaultProdDeploymentStep(42));
        roundTrips(r, new ConvexListDeployKeysStep(42));
    }

    @Test
    void withConvexAccessTokenRoundTripsAsABlock(JenkinsRule r) throws Exception {
        WithConvexAccessTokenStep step = new WithConvexAccessTokenStep("ci");
        step.setVariable("TOKEN");
        roundTrips(r, step);
        assertEquals("withConvexAccessToken(name: 'ci', variable: 'TOKEN') {\n    // some block\n}", Snippetizer.object2Groovy(step));
    }

    @Test
    void cleanupStepWritesItsKeepListAsAGroovyList(JenkinsRule r) throws Exception {
        ConvexCleanupPreviewsStep step = new ConvexCleanupPreviewsStep();
        step.setKeepBranches(List.of("main", "develop"));
        step.setOlderThan("7d");
        assertEquals("convexCleanupPreviews keepBranches: ['main', 'develop'], olderThan: '7d'", Snippetizer.object2Groovy(step));
    }

    @Test
    void cleanupStepRoundTripsItsKeepListThroughTheFormsTextArea(JenkinsRule r) throws Exception {
        ConvexCleanupPreviewsStep step = new ConvexCleanupPreviewsStep();
        step.setKeepBranches(List.of("main", "develop"));
        step.setOlderThan("7d");
        step.setDryRun(true);
        roundTrips(r, step);
    }
}
