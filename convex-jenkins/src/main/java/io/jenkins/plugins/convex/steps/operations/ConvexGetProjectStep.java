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
 * {@code convexGetProject([projectId, teamId, slug])}: returns {@code [id, slug, name, teamId]}.
 */
public class ConvexGetProjectStep extends TeamOperationStep {

    private long projectId;
    private String slug;

    @DataBoundConstructor
    public ConvexGetProjectStep() {
    }

    public long getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getSlug() {
        return slug;
    }

    @DataBoundSetter
    public void setSlug(String slug) {
        this.slug = Util.fixEmptyAndTrim(slug);
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.getProject(projectId, slug == null ? null : orDefault(getTeamId(), config.getTeamId()), slug);
    }

    @Override
    protected String describe(Object result) {
        return "found project " + field(result, "slug") + " (id " + field(result, "id") + ")";
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexGetProject";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Get a Convex project";
        }
    }
}
