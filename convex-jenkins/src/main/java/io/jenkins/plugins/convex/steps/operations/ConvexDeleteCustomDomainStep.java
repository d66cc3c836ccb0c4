package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexDeleteCustomDomain(deploymentName: ..., domain: ...)}: returns {@code [domain, deploymentName, deleted: true]}.
 */
public class ConvexDeleteCustomDomainStep extends ConvexOperationStep {

    private final String deploymentName;
    private final String domain;

    @DataBoundConstructor
    public ConvexDeleteCustomDomainStep(String deploymentName, String domain) {
        this.deploymentName = Util.fixEmptyAndTrim(deploymentName);
        this.domain = Util.fixEmptyAndTrim(domain);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    public String getDomain() {
        return domain;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.deleteCustomDomain(deploymentName, domain);
    }

    @Override
    protected String describe(Object result) {
        return "removed custom domain " + domain + " from " + deploymentName;
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexDeleteCustomDomain";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Remove a custom domain from a Convex deployment";
        }
    }
}
