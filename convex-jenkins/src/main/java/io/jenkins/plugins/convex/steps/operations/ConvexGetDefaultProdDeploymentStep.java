package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexGetDefaultProdDeployment(projectId: ...)}: returns a deployment Map (see {@code convexGetDeployment}).
 */
public class ConvexGetDefaultProdDeploymentStep extends ConvexOperationStep {

    private final long projectId;

    @DataBoundConstructor
    public ConvexGetDefaultProdDeploymentStep(long projectId) {
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.getDefaultProdDeployment(projectId);
    }

    @Override
    protected String describe(Object result) {
        return "production deployment of project " + projectId + " is " + field(result, "name");
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexGetDefaultProdDeployment";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Get the production deployment of a Convex project";
        }
    }
}
