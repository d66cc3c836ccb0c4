package io.jenkins.plugins.convex.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.convex.steps.DeletionParameters;
import io.jenkins.plugins.convex.steps.FormChecks;
import io.jenkins.plugins.convex.steps.StepErrors;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Delete Convex deployment" build step: what {@code convexDeleteDeployment} does, with the same
 * parameters and execution ({@link DeletionParameters}); the deployment name may use build variables
 * ({@code ${CONVEX_PREVIEW_NAME}}).
 */
public class DeleteConvexDeploymentBuilder extends Builder implements SimpleBuildStep {

    private final DeletionParameters parameters;

    @DataBoundConstructor
    public DeleteConvexDeploymentBuilder(String deploymentName) {
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
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        FreestyleOnly.require(run, "Delete Convex deployment", "convexDeleteDeployment(deploymentName: ...)");
        try {
            parameters.delete(run, listener, env::expand);
        } catch (IOException | RuntimeException e) {
            StepErrors.rethrowForBuild("Delete Convex deployment", e);
        }
    }

    @Extension
    @Symbol("convexDeleteDeploymentBuilder")
    public static final class DescriptorImpl extends ConvexBuilderDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Delete Convex deployment";
        }

        @POST
        public FormValidation doCheckDeploymentName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.deploymentName(item, value, true);
        }
    }
}
