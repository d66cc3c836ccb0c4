package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.preview.operations.TeamLevelOperationRefusedException;
import io.jenkins.plugins.convex.steps.BlockAccessTokens;
import io.jenkins.plugins.convex.steps.ConvexSession;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import io.jenkins.plugins.convex.steps.MaskedBlockExecution;
import io.jenkins.plugins.convex.steps.VariableNames;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withConvexAccessToken(name: ..., [teamId, variable: 'CONVEX_ACCESS_TOKEN']) { ... }}: creates a
 * team access token and binds it to a variable for the body only, masked in the console. A
 * team-level operation: refused unless the administrator allowed those from pipelines. On the platform
 * dialect the token expires after the configured lifetime and is deleted when the block ends (durably:
 * see {@link BlockAccessTokens}); the spec has neither, so there the token outlives the block.
 */
public class WithConvexAccessTokenStep extends Step {

    static final String DEFAULT_VARIABLE = "CONVEX_ACCESS_TOKEN";

    private final String name;
    private String teamId;
    private String credentialsId;
    private String variable = DEFAULT_VARIABLE;

    @DataBoundConstructor
    public WithConvexAccessTokenStep(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getName() {
        return name;
    }

    public String getTeamId() {
        return teamId;
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        this.teamId = Util.fixEmptyAndTrim(teamId);
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

    static final class Execution extends MaskedBlockExecution {

        private static final long serialVersionUID = 1L;

        private final transient WithConvexAccessTokenStep step;

        Execution(WithConvexAccessTokenStep step, StepContext context) {
            super(context, "withConvexAccessToken");
            this.step = step;
        }

        @Override
        protected @NonNull Binding bind(@NonNull StepContext context) throws Exception {
            ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
            TeamLevelOperationRefusedException.requireAllowed(config.isTeamLevelOperationsFromPipelines(), "withConvexAccessToken");
            VariableNames.require(step.variable, DEFAULT_VARIABLE);
            long team = ManagementOperations.teamId(step.teamId, config.getTeamId());
            Validation.requireNonBlank("name", step.name);
            Run<?, ?> run = context.get(Run.class);
            ConvexSession session = ConvexSession.forRun(run, step.credentialsId);
            String name = BlockAccessTokens.uniqueName(step.name, run);
            BlockAccessTokens.Created created = BlockAccessTokens.create(run, session, team, name);
            context.get(TaskListener.class).getLogger().println("[convex] created access token " + name + " for team " + team
                    + " in " + step.variable + " (masked), "
                    + (created.expiresAt() == null ? "not expiring: the spec API dialect can neither expire nor delete tokens, so it stays"
                    : "expiring at " + created.expiresAt() + ", deleted when the block ends"));
            return Binding.secret(step.variable, created.token().token(), created.afterBlock());
        }
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "withConvexAccessToken";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Run a block with a new Convex team access token in a masked variable (team-level)";
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
