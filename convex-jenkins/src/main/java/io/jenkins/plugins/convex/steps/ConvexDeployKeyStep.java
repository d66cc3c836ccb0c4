package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexDeployKey(deploymentName: ...)} returns {@code [name, deploymentName, key, createdAt, expiresAt]}.
 * The key is then an ordinary string in the script, not masked: prefer {@code withConvexDeployKey}.
 * On the platform dialect it expires after the configured lifetime (the script may keep it, so
 * nothing deletes it).
 */
public class ConvexDeployKeyStep extends AbstractDeployKeyStep {

    @DataBoundConstructor
    public ConvexDeployKeyStep(String deploymentName) {
        super(deploymentName);
    }

    @Override
    public StepExecution start(StepContext context) {
        return StepExecutions.synchronousNonBlocking(context, c -> {
            try {
                SecretValues.requireAllowed("convexDeployKey", "withConvexDeployKey(deploymentName: ...) { ... }");
                return DeployKeyCreation.toMap(createKey(c.get(Run.class), c.get(TaskListener.class), DeployKeyCreation.Use.RETURNED));
            } catch (Exception e) {
                throw StepErrors.explain("convexDeployKey", e);
            }
        });
    }

    @Extension
    public static final class DescriptorImpl extends AbstractDeployKeyStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexDeployKey";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create a Convex deploy key (returned as a value)";
        }
    }
}
