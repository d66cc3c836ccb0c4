package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code convexDeleteProject(projectId: ..., [confirm])}: returns {@code [id, slug, name, teamId, deleted: true]}.
 * A team-level operation: refused unless "Allow team-level operations from pipelines" is on.
 */
public class ConvexDeleteProjectStep extends ConvexOperationStep {

    private final long projectId;
    private String confirm;

    @DataBoundConstructor
    public ConvexDeleteProjectStep(long projectId) {
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getConfirm() {
        return confirm;
    }

    @DataBoundSetter
    public void setConfirm(String confirm) {
        this.confirm = Util.fixEmptyAndTrim(confirm);
    }

    @Override
    protected boolean isTeamLevel() {
        return true;
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.deleteProject(projectId, confirm);
    }

    @Override
    protected String describe(Object result) {
        return "deleted project " + field(result, "slug") + " (id " + field(result, "id") + ")";
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexDeleteProject";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Delete a Convex project (team-level)";
        }
    }
}
