package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code convexListProjects([teamId])}: returns a List of {@code [id, slug, name, teamId]}.
 */
public class ConvexListProjectsStep extends ConvexOperationStep {

    private String teamId;

    @DataBoundConstructor
    public ConvexListProjectsStep() {
    }

    public String getTeamId() {
        return teamId;
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        this.teamId = Util.fixEmptyAndTrim(teamId);
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.listProjects(team(teamId, config));
    }

    @Override
    protected String describe(Object result) {
        return "listed " + size(result) + " project(s)";
    }

    @Extension
    public static final class DescriptorImpl extends OperationStepDescriptor {

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
