package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withConvexDeployKey(deploymentName: ...) { ... }}: creates a deploy key and binds it to a
 * variable ({@code CONVEX_DEPLOY_KEY} by default) for the body only, masked in the console. When the
 * body ends the key is deleted where the dialect can (platform); the spec dialect cannot, and the key stays.
 */
public class WithConvexDeployKeyStep extends AbstractDeployKeyStep {

    static final String DEFAULT_VARIABLE = "CONVEX_DEPLOY_KEY";

    private String variable = DEFAULT_VARIABLE;

    @DataBoundConstructor
    public WithConvexDeployKeyStep(String deploymentName) {
        super(deploymentName);
    }

    public String getVariable() {
        return variable;
    }

    @DataBoundSetter
    public void setVariable(String variable) {
        String v = Util.fixEmptyAndTrim(variable);
        this.variable = v == null ? DEFAULT_VARIABLE : v;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    static final class Execution extends MaskedBlockExecution {

        private static final long serialVersionUID = 1L;

        private final transient WithConvexDeployKeyStep step;

        Execution(WithConvexDeployKeyStep step, StepContext context) {
            super(context, "withConvexDeployKey");
            this.step = step;
        }

        @Override
        protected @NonNull Binding bind(@NonNull StepContext context) throws Exception {
            VariableNames.require(step.variable, DEFAULT_VARIABLE);
            DeployKeyCreation.Created created = step.createKey(context.get(Run.class), context.get(TaskListener.class),
                    DeployKeyCreation.Use.BLOCK);
            return Binding.secret(step.variable, created.key().key(), AfterBlock.deleteKey(created.handle()));
        }
    }

    @Extension
    public static final class DescriptorImpl extends AbstractDeployKeyStepDescriptor {

        @Override
        public String getFunctionName() {
            return "withConvexDeployKey";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Run a block with a new Convex deploy key in a masked variable";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @POST
        public FormValidation doCheckVariable(@AncestorInPath Item item, @QueryParameter String value) {
            return VariableNames.check(item, value);
        }
    }
}
