package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexCreateCustomDomain(deploymentName: ..., domain: ..., requestDestination: ...)}: returns {@code [domain, requestDestination, deploymentName]}.
 */
public class ConvexCreateCustomDomainStep extends ConvexOperationStep {

    private final String deploymentName;
    private final String domain;
    private final String requestDestination;

    @DataBoundConstructor
    public ConvexCreateCustomDomainStep(String deploymentName, String domain, String requestDestination) {
        this.deploymentName = Util.fixEmptyAndTrim(deploymentName);
        this.domain = Util.fixEmptyAndTrim(domain);
        this.requestDestination = Util.fixEmptyAndTrim(requestDestination);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    public String getDomain() {
        return domain;
    }

    public String getRequestDestination() {
        return requestDestination;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.createCustomDomain(deploymentName, domain, requestDestination);
    }

    @Override
    protected String describe(Object result) {
        return "added custom domain " + domain + " to " + deploymentName;
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexCreateCustomDomain";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Add a custom domain to a Convex deployment";
        }
    }
}
