package io.jenkins.plugins.convex.steps;

import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The parameters {@code convexDeployKey} and {@code withConvexDeployKey} share. */
public abstract class AbstractDeployKeyStep extends Step {

    private final String deploymentName;
    private long projectId;
    private String keyName;
    private String credentialsId;

    protected AbstractDeployKeyStep(String deploymentName) {
        this.deploymentName = Util.fixEmptyAndTrim(deploymentName);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    public long getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getKeyName() {
        return keyName;
    }

    @DataBoundSetter
    public void setKeyName(String keyName) {
        this.keyName = Util.fixEmptyAndTrim(keyName);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** Creates the key with this step's parameters, logging one line. */
    DeployKeyCreation.Created createKey(Run<?, ?> run, TaskListener listener, DeployKeyCreation.Use use) throws hudson.AbortException {
        return DeployKeyCreation.create(run, listener, credentialsId, projectId, deploymentName, keyName, use);
    }

    /** Form methods of both deploy-key steps. */
    public abstract static class AbstractDeployKeyStepDescriptor extends ConvexStepDescriptor {


        @POST
        public FormValidation doCheckDeploymentName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.deploymentName(item, value, true);
        }
    }
}
