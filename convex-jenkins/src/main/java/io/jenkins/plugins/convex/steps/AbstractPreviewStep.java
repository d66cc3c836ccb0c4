package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.EnvVars;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.config.FieldChecks;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The parameters {@code convexCreatePreview} and {@code withConvexPreview} share. */
public abstract class AbstractPreviewStep extends Step implements PreviewOptions {

    private final long projectId;
    private String credentialsId;
    private String teamId;
    private String branch;
    private String namespace;
    private String region;
    private String deploymentClass;
    private boolean recreate;
    private boolean deployKey;
    private String keyName;

    protected AbstractPreviewStep(long projectId) {
        this.projectId = projectId;
    }

    @Override
    public long getProjectId() {
        return projectId;
    }

    @Override
    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public @CheckForNull String getTeamId() {
        return teamId;
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        this.teamId = Util.fixEmptyAndTrim(teamId);
    }

    @Override
    public @CheckForNull String getBranch() {
        return branch;
    }

    @DataBoundSetter
    public void setBranch(String branch) {
        this.branch = Util.fixEmptyAndTrim(branch);
    }

    @Override
    public @CheckForNull String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        this.namespace = Util.fixEmptyAndTrim(namespace);
    }

    @Override
    public @CheckForNull String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    @Override
    public @CheckForNull String getDeploymentClass() {
        return deploymentClass;
    }

    @DataBoundSetter
    public void setDeploymentClass(String deploymentClass) {
        this.deploymentClass = Util.fixEmptyAndTrim(deploymentClass);
    }

    @Override
    public boolean isRecreate() {
        return recreate;
    }

    @DataBoundSetter
    public void setRecreate(boolean recreate) {
        this.recreate = recreate;
    }

    @Override
    public boolean isDeployKey() {
        return deployKey;
    }

    @DataBoundSetter
    public void setDeployKey(boolean deployKey) {
        this.deployKey = deployKey;
    }

    @Override
    public @CheckForNull String getKeyName() {
        return keyName;
    }

    @DataBoundSetter
    public void setKeyName(String keyName) {
        this.keyName = Util.fixEmptyAndTrim(keyName);
    }

    /** Form methods of both preview steps. */
    public abstract static class AbstractPreviewStepDescriptor extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormChecks.credentials(item, credentialsId);
        }

        @POST
        public FormValidation doCheckProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.projectId(item, value, true);
        }

        @POST
        public FormValidation doCheckTeamId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.teamId(item, value);
        }

        public ListBoxModel doFillRegionItems() {
            return FieldChecks.regionItems();
        }

        public ListBoxModel doFillDeploymentClassItems() {
            return FieldChecks.deploymentClassItems();
        }
    }
}
