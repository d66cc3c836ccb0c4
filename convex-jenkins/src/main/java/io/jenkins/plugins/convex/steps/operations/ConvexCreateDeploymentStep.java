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
 * {@code convexCreateDeployment(projectId: ..., deploymentType: ..., [region, deploymentClass])}: returns {@code [id, name, deploymentType, deploymentClass, region, projectId, url, dashboardUrl, reference, createTime, expiresAt]}.
 */
public class ConvexCreateDeploymentStep extends ConvexOperationStep {

    private final long projectId;
    private final String deploymentType;
    private String region;
    private String deploymentClass;

    @DataBoundConstructor
    public ConvexCreateDeploymentStep(long projectId, String deploymentType) {
        this.projectId = projectId;
        this.deploymentType = Util.fixEmptyAndTrim(deploymentType);
    }

    public long getProjectId() {
        return projectId;
    }

    public String getDeploymentType() {
        return deploymentType;
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
        return ops.createDeployment(projectId, deploymentType, orDefault(region, config.getRegion()), orDefault(deploymentClass, config.getDeploymentClass()));
    }

    @Override
    protected String describe(Object result) {
        return "created " + field(result, "deploymentType") + " deployment " + field(result, "name");
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexCreateDeployment";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create a Convex deployment";
        }
    }
}
