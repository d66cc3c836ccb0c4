package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.console.ConsoleLogFilter;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.masking.MaskedEnvironment;
import io.jenkins.plugins.convex.masking.SecretMaskingFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withConvexDeployKey(deploymentName: ...) { ... }}: creates a deploy key and binds it to a
 * variable ({@code CONVEX_DEPLOY_KEY} by default) for the body only, masked in the console.
 */
public class WithConvexDeployKeyStep extends Step {

    static final String DEFAULT_VARIABLE = "CONVEX_DEPLOY_KEY";
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String deploymentName;
    private long projectId;
    private String keyName;
    private String credentialsId;
    private String variable = DEFAULT_VARIABLE;

    @DataBoundConstructor
    public WithConvexDeployKeyStep(String deploymentName) {
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

    static final class Execution extends GeneralNonBlockingStepExecution {

        private static final long serialVersionUID = 1L;

        private final transient WithConvexDeployKeyStep step;

        Execution(WithConvexDeployKeyStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        public boolean start() {
            run(this::startBody);
            return false;
        }

        private void startBody() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            DeployKey key;
            try {
                if (!VARIABLE_NAME.matcher(step.variable).matches()) {
                    throw new InvalidInputException("variable", step.variable, "an environment variable name such as CONVEX_DEPLOY_KEY");
                }
                key = DeployKeyCreation.create(run, context.get(TaskListener.class), step.credentialsId,
                        step.projectId, step.deploymentName, step.keyName);
            } catch (Exception e) {
                throw StepErrors.explain("withConvexDeployKey", e);
            }
            context.newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(context.get(EnvironmentExpander.class),
                            new MaskedEnvironment(Map.of(), Map.of(step.variable, key.key()))))
                    .withContext(BodyInvoker.mergeConsoleLogFilters(context.get(ConsoleLogFilter.class),
                            new SecretMaskingFilter(List.of(key.key()), run.getCharset())))
                    .withCallback(BodyExecutionCallback.wrap(context))
                    .start();
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

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

        @POST
        public FormValidation doCheckVariable(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormChecks.mayConfigure(item) || value == null || value.isBlank() || VARIABLE_NAME.matcher(value.trim()).matches()) {
                return FormValidation.ok();
            }
            return FormValidation.error("Not an environment variable name");
        }
    }
}
