package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.function.UnaryOperator;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code convexDeleteDeployment(deploymentName: ...)}: deletes a preview deployment (others only with
 * {@code allowProduction: true}) and drops the Jenkins-side mapping. Returns
 * {@code [name, identity, deploymentType, deleted, alreadyGone, storeEntryRemoved]}.
 */
public class ConvexDeleteDeploymentStep extends Step {

    private final DeletionParameters parameters;

    @DataBoundConstructor
    public ConvexDeleteDeploymentStep(String deploymentName) {
        this.parameters = new DeletionParameters(deploymentName);
    }

    public String getDeploymentName() {
        return parameters.getDeploymentName();
    }

    public boolean isAllowProduction() {
        return parameters.isAllowProduction();
    }

    @DataBoundSetter
    public void setAllowProduction(boolean allowProduction) {
        parameters.setAllowProduction(allowProduction);
    }

    public boolean isIgnoreMissing() {
        return parameters.isIgnoreMissing();
    }

    @DataBoundSetter
    public void setIgnoreMissing(boolean ignoreMissing) {
        parameters.setIgnoreMissing(ignoreMissing);
    }

    public String getCredentialsId() {
        return parameters.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        parameters.setCredentialsId(credentialsId);
    }

    @Override
    public StepExecution start(StepContext context) {
        return StepExecutions.synchronousNonBlocking(context, c -> {
            try {
                return parameters.delete(c.get(Run.class), c.get(TaskListener.class), UnaryOperator.identity()).toMap();
            } catch (Exception e) {
                throw StepErrors.explain("convexDeleteDeployment", e);
            }
        });
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexDeleteDeployment";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Delete a Convex deployment";
        }


        @POST
        public FormValidation doCheckDeploymentName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.deploymentName(item, value, true);
        }
    }
}
