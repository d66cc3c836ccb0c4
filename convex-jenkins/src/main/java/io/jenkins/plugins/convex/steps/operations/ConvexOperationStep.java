package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.preview.operations.TeamLevelOperationRefusedException;
import io.jenkins.plugins.convex.steps.ConvexSession;
import io.jenkins.plugins.convex.steps.SecretValues;
import io.jenkins.plugins.convex.steps.StepErrors;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A step for one operation of the spec: returns the lifecycle's {@code ManagementOperations} result
 * (Maps and Lists of String, Long, Boolean), logs one line, runs off the CPS thread with the
 * build's credentials. Team-level operations are refused unless the administrator allowed them.
 */
public abstract class ConvexOperationStep extends Step {

    private String credentialsId;

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** Deleting a project or minting a team token: refused unless allowed in the global configuration. */
    protected boolean isTeamLevel() {
        return false;
    }

    /**
     * For a step that returns a secret as a plain value: the block step that gives it safely (the step
     * is then refused unless an administrator allows secrets as values); null for the others.
     */
    protected @CheckForNull String blockReturningTheSecret() {
        return null;
    }

    /** The operation; parameters are checked by {@code ops} before any request. */
    protected abstract Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config);

    /** One line for the console, without "[convex] " and never with a secret. */
    protected abstract String describe(Object result);

    private String functionName() {
        return ((org.jenkinsci.plugins.workflow.steps.StepDescriptor) getDescriptor()).getFunctionName();
    }

    @Override
    public StepExecution start(StepContext context) {
        return StepExecutions.synchronousNonBlocking(context, c -> run(c.get(Run.class), c.get(TaskListener.class)));
    }

    /** Runs the operation for a build; public for the freestyle or test callers that have a build. */
    public Object run(@NonNull Run<?, ?> run, @NonNull TaskListener listener) throws Exception {
        String name = functionName();
        try {
            ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
            if (isTeamLevel()) {
                TeamLevelOperationRefusedException.requireAllowed(config.isTeamLevelOperationsFromPipelines(), name);
            }
            String safeBlock = blockReturningTheSecret();
            if (safeBlock != null) {
                SecretValues.requireAllowed(name, safeBlock);
            }
            ConvexSession session = ConvexSession.forRun(run, credentialsId);
            Object result = ReturnValues.plain(call(new ManagementOperations(session.client()), config));
            listener.getLogger().println("[convex] " + describe(result));
            return result;
        } catch (Exception e) {
            throw StepErrors.explain(name, e);
        }
    }

    /** The team for a step: its {@code teamId}, else the global default. */
    protected static long team(@CheckForNull String teamId, @NonNull ConvexGlobalConfiguration config) {
        return ManagementOperations.teamId(teamId, config.getTeamId());
    }

    protected static @CheckForNull String orDefault(@CheckForNull String value, @CheckForNull String fallback) {
        return Util.fixEmptyAndTrim(value) != null ? value : fallback;
    }

    protected static int size(Object list) {
        return list instanceof java.util.List<?> l ? l.size() : 0;
    }

    protected static Object field(Object map, String key) {
        return map instanceof java.util.Map<?, ?> m ? m.get(key) : null;
    }
}
