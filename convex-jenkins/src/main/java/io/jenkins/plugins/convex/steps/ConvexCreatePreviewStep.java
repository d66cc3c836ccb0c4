package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexCreatePreview(projectId: ...)}: create-or-reuse the branch's preview and return the
 * lifecycle's result map (with {@code deployKey}, unmasked, only when {@code deployKey: true}; on the
 * platform dialect the key expires after the configured lifetime).
 */
public class ConvexCreatePreviewStep extends AbstractPreviewStep {

    @DataBoundConstructor
    public ConvexCreatePreviewStep(long projectId) {
        super(projectId);
    }

    @Override
    public StepExecution start(StepContext context) {
        // Network work runs off the CPS thread; a restart during it fails the step (it is short).
        return StepExecutions.synchronousNonBlocking(context, c -> {
            try {
                if (isDeployKey()) {
                    SecretValues.requireAllowed("convexCreatePreview(deployKey: true)", "withConvexPreview(projectId: ..., deployKey: true) { ... }");
                }
                PreviewCreation.Outcome outcome = PreviewCreation.createOrReuse(
                        c.get(Run.class), c.get(TaskListener.class), c.get(EnvVars.class), options(), false, DeployKeyCreation.Use.RETURNED);
                return outcome.result().toMap(isDeployKey());
            } catch (Exception e) {
                throw StepErrors.explain("convexCreatePreview", e);
            }
        });
    }

    @Extension
    public static final class DescriptorImpl extends AbstractPreviewStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexCreatePreview";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create or reuse the Convex preview deployment of this branch";
        }
    }
}
