package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.client.model.DeployKey;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code convexDeployKey(deploymentName: ...)} returns {@code [name, deploymentName, key, createdAt]}.
 * The key is then an ordinary string in the script, not masked: prefer {@code withConvexDeployKey}.
 */
public class ConvexDeployKeyStep extends Step {

    private final String deploymentName;
    private long projectId;
    private String keyName;
    private String credentialsId;

    @DataBoundConstructor
    public ConvexDeployKeyStep(String deploymentName) {
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

    @Override
    public StepExecution start(StepContext context) {
        return StepExecutions.synchronousNonBlocking(context, c -> {
            try {
                DeployKey key = DeployKeyCreation.create(c.get(Run.class), c.get(TaskListener.class), credentialsId,
                        projectId, deploymentName, keyName);
                return DeployKeyCreation.toMap(key);
            } catch (Exception e) {
                throw StepErrors.explain("convexDeployKey", e);
            }
        });
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexDeployKey";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create a Convex deploy key (returned as a value)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormChecks.credentials(item, credentialsId);
        }

        @POST
        public FormValidation doCheckDeploymentName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.deploymentName(item, value, true);
        }
    }
}
