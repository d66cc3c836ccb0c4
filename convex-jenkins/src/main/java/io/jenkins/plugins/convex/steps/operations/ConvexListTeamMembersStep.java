package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexListTeamMembers([teamId])}: returns a List of {@code [id, email, name, role]}.
 */
public class ConvexListTeamMembersStep extends TeamOperationStep {

    @DataBoundConstructor
    public ConvexListTeamMembersStep() {
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.listTeamMembers(team(config));
    }

    @Override
    protected String describe(Object result) {
        return "listed " + size(result) + " team member(s)";
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexListTeamMembers";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "List the members of a Convex team";
        }
    }
}
