package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexListDeployments(projectId: ...)}: returns a List of deployment Maps (see {@code convexGetDeployment}).
 */
public class ConvexListDeploymentsStep extends ConvexOperationStep {

    private final long projectId;

    @DataBoundConstructor
    public ConvexListDeploymentsStep(long projectId) {
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.listDeployments(projectId);
    }

    @Override
    protected String describe(Object result) {
        return "listed " + size(result) + " deployment(s) of project " + projectId;
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexListDeployments";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "List the deployments of a Convex project";
        }
    }
}
