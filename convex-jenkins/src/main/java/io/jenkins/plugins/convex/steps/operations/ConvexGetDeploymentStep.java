package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexGetDeployment(deploymentName: ...)}: returns {@code [id, name, deploymentType, deploymentClass, region, projectId, url, dashboardUrl, reference, createTime, expiresAt]}.
 */
public class ConvexGetDeploymentStep extends ConvexOperationStep {

    private final String deploymentName;

    @DataBoundConstructor
    public ConvexGetDeploymentStep(String deploymentName) {
        this.deploymentName = Util.fixEmptyAndTrim(deploymentName);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.getDeployment(deploymentName);
    }

    @Override
    protected String describe(Object result) {
        return "found " + field(result, "deploymentType") + " deployment " + deploymentName;
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexGetDeployment";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Get a Convex deployment";
        }
    }
}
