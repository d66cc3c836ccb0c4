package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexListProjects([teamId])}: returns a List of {@code [id, slug, name, teamId]}.
 */
public class ConvexListProjectsStep extends TeamOperationStep {

    @DataBoundConstructor
    public ConvexListProjectsStep() {
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.listProjects(team(config));
    }

    @Override
    protected String describe(Object result) {
        return "listed " + size(result) + " project(s)";
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexListProjects";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "List the Convex projects of a team";
        }
    }
}
