package io.jenkins.plugins.convex.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** What the Snippet Generator produces and reads back for each step, and the form methods' permission checks. */
@WithJenkins
class StepConfigurationTest {

    @Test
    void createPreviewRoundTripsThroughTheFormAndTheSnippetizer(JenkinsRule r) throws Exception {
        ConvexCreatePreviewStep step = new ConvexCreatePreviewStep(42);
        step.setBranch("feature/login");
        step.setDeployKey(true);
        step.setRegion("aws-eu-west-1");
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
        assertEquals("convexCreatePreview branch: 'feature/login', deployKey: true, projectId: 42, region: 'aws-eu-west-1'",
                Snippetizer.object2Groovy(step));
    }

    @Test
    void withConvexPreviewRoundTripsIncludingEphemeral(JenkinsRule r) throws Exception {
        WithConvexPreviewStep step = new WithConvexPreviewStep(42);
        step.setEphemeral(true);
        step.setNamespace("web");
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
        assertEquals("withConvexPreview(ephemeral: true, namespace: 'web', projectId: 42) {\n    // some block\n}",
                Snippetizer.object2Groovy(step));
    }

    @Test
    void deployKeyStepsRoundTrip(JenkinsRule r) throws Exception {
        ConvexDeployKeyStep key = new ConvexDeployKeyStep("happy-otter-123");
        key.setKeyName("ci");
        r.assertEqualDataBoundBeans(key, new StepConfigTester(r).configRoundTrip(key));
        assertEquals("convexDeployKey deploymentName: 'happy-otter-123', keyName: 'ci'", Snippetizer.object2Groovy(key));

        WithConvexDeployKeyStep block = new WithConvexDeployKeyStep("happy-otter-123");
        r.assertEqualDataBoundBeans(block, new StepConfigTester(r).configRoundTrip(block));
        assertEquals("withConvexDeployKey('happy-otter-123') {\n    // some block\n}", Snippetizer.object2Groovy(block));
    }

    @Test
    void deleteDeploymentRoundTripsWithItsSafeDefaults(JenkinsRule r) throws Exception {
        ConvexDeleteDeploymentStep step = new ConvexDeleteDeploymentStep("happy-otter-123");
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
        assertEquals("convexDeleteDeployment 'happy-otter-123'", Snippetizer.object2Groovy(step));
        step.setAllowProduction(true);
        step.setIgnoreMissing(false);
        assertEquals("convexDeleteDeployment allowProduction: true, deploymentName: 'happy-otter-123', ignoreMissing: false",
                Snippetizer.object2Groovy(step));
    }

    @Test
    void usersWhoMayNotConfigureTheJobSeeNoCredentialsAndNoChecks(JenkinsRule r) throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ).everywhere().to("dev"));
        com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getCredentials().add(
                new org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl(
                        com.cloudbees.plugins.credentials.CredentialsScope.GLOBAL, "convex-token", null,
                        hudson.util.Secret.fromString("t0ken-value")));
        ConvexCreatePreviewStep.DescriptorImpl d = r.jenkins.getDescriptorByType(ConvexCreatePreviewStep.DescriptorImpl.class);

        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            ListBoxModel items = d.doFillCredentialsIdItems(job, "");
            assertEquals(1, items.size(), "only the (empty) current value");
            assertEquals(FormValidation.Kind.OK, d.doCheckProjectId(job, "not-a-number").kind);
        }
        try (ACLContext ignored = ACL.as2(User.getById("dev", true).impersonate2())) {
            ListBoxModel items = d.doFillCredentialsIdItems(job, "");
            assertEquals(2, items.size(), "the empty choice and the Secret text credential");
            assertEquals("convex-token", items.get(1).value);
            assertEquals(FormValidation.Kind.ERROR, d.doCheckProjectId(job, "not-a-number").kind);
        }
    }
}
