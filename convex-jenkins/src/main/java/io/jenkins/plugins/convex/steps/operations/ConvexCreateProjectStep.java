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
 * {@code convexCreateProject(name: ..., [teamId, region, deploymentClass])}: returns {@code [id, slug, name, teamId]}.
 */
public class ConvexCreateProjectStep extends TeamOperationStep {

    private final String name;
    private String region;
    private String deploymentClass;

    @DataBoundConstructor
    public ConvexCreateProjectStep(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    public String getDeploymentClass() {
        return deploymentClass;
    }

    @DataBoundSetter
    public void setDeploymentClass(String deploymentClass) {
        this.deploymentClass = Util.fixEmptyAndTrim(deploymentClass);
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.createProject(team(config), name, region, deploymentClass);
    }

    @Override
    protected String describe(Object result) {
        return "created project " + field(result, "slug") + " (id " + field(result, "id") + ")";
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexCreateProject";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create a Convex project";
        }
    }
}
