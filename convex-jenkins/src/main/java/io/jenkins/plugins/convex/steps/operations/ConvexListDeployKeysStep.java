package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexListDeployKeys(projectId: ...)}: returns a List of {@code [name, deploymentName, createdAt]} (never a key).
 */
public class ConvexListDeployKeysStep extends ConvexOperationStep {

    private final long projectId;

    @DataBoundConstructor
    public ConvexListDeployKeysStep(long projectId) {
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.listDeployKeys(projectId);
    }

    @Override
    protected String describe(Object result) {
        return "listed " + size(result) + " deploy key(s) of project " + projectId;
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexListDeployKeys";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "List the deploy keys of a Convex project";
        }
    }
}
