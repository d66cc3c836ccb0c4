package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexListCustomDomains(deploymentName: ...)}: returns a List of {@code [domain, requestDestination, deploymentName]}.
 */
public class ConvexListCustomDomainsStep extends ConvexOperationStep {

    private final String deploymentName;

    @DataBoundConstructor
    public ConvexListCustomDomainsStep(String deploymentName) {
        this.deploymentName = Util.fixEmptyAndTrim(deploymentName);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.listCustomDomains(deploymentName);
    }

    @Override
    protected String describe(Object result) {
        return "listed " + size(result) + " custom domain(s) of " + deploymentName;
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexListCustomDomains";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "List the custom domains of a Convex deployment";
        }
    }
}
