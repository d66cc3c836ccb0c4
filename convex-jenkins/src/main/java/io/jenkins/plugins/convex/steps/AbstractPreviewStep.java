package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.config.FieldChecks;
import io.jenkins.plugins.convex.steps.environment.PreviewVariable;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The parameters {@code convexCreatePreview} and {@code withConvexPreview} share (held by {@link PreviewParameters}, as the freestyle wrapper's are). */
public abstract class AbstractPreviewStep extends Step {

    private final PreviewParameters parameters;

    protected AbstractPreviewStep(long projectId) {
        this.parameters = new PreviewParameters(projectId, null);
    }

    /** The parameters, for {@link PreviewCreation}. */
    PreviewOptions options() {
        return parameters;
    }

    public long getProjectId() {
        return parameters.getProjectId();
    }

    public @CheckForNull String getCredentialsId() {
        return parameters.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        parameters.setCredentialsId(credentialsId);
    }

    public @CheckForNull String getTeamId() {
        return parameters.getTeamId();
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        parameters.setTeamId(teamId);
    }

    public @CheckForNull String getBranch() {
        return parameters.getBranch();
    }

    @DataBoundSetter
    public void setBranch(String branch) {
        parameters.setBranch(branch);
    }

    public @CheckForNull String getNamespace() {
        return parameters.getNamespace();
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        parameters.setNamespace(namespace);
    }

    public @CheckForNull String getRegion() {
        return parameters.getRegion();
    }

    @DataBoundSetter
    public void setRegion(String region) {
        parameters.setRegion(region);
    }

    public @CheckForNull String getDeploymentClass() {
        return parameters.getDeploymentClass();
    }

    @DataBoundSetter
    public void setDeploymentClass(String deploymentClass) {
        parameters.setDeploymentClass(deploymentClass);
    }

    public boolean isRecreate() {
        return parameters.isRecreate();
    }

    @DataBoundSetter
    public void setRecreate(boolean recreate) {
        parameters.setRecreate(recreate);
    }

    public boolean isDeployKey() {
        return parameters.isDeployKey();
    }

    @DataBoundSetter
    public void setDeployKey(boolean deployKey) {
        parameters.setDeployKey(deployKey);
    }

    public @CheckForNull String getKeyName() {
        return parameters.getKeyName();
    }

    @DataBoundSetter
    public void setKeyName(String keyName) {
        parameters.setKeyName(keyName);
    }

    public List<PreviewVariable> getEnvironment() {
        return parameters.getEnvironment();
    }

    /** Variables set on the preview: plain values or Secret text credentials ids. */
    @DataBoundSetter
    public void setEnvironment(List<PreviewVariable> environment) {
        parameters.setEnvironment(environment);
    }

    /** Form methods of both preview steps. */
    public abstract static class AbstractPreviewStepDescriptor extends ConvexStepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
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
