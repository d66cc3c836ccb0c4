package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.masking.MaskedEnvironment;
import io.jenkins.plugins.convex.masking.SecretMaskingFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The execution of the block steps ({@code withConvexPreview}, {@code withConvexDeployKey},
 * {@code withConvexAccessToken}): network work off the CPS thread, then the body with public
 * variables in clear and secret ones masked in the console (as {@code withCredentials} masks), then,
 * however the body ended, the step's {@link AfterBlock}, also off the CPS thread. The execution is
 * saved with the Pipeline, so after a controller restart the body resumes and the after-block work
 * still happens.
 */
public abstract class MaskedBlockExecution extends GeneralNonBlockingStepExecution {

    private static final long serialVersionUID = 1L;

    private final String functionName;

    protected MaskedBlockExecution(StepContext context, String functionName) {
        super(context);
        this.functionName = functionName;
    }

    /**
     * What the body gets.
     *
     * @param publicVariables variables shown in clear
     * @param secretVariables variables masked in the console and declared sensitive
     * @param afterBlock      what to do when the body is over, or null
     * @param maskedValues    other secrets to mask in the body's console, bound to no variable (values set on a preview)
     */
    public record Binding(Map<String, String> publicVariables, Map<String, String> secretVariables, @CheckForNull AfterBlock afterBlock,
                          List<String> maskedValues) {

        public Binding(Map<String, String> publicVariables, Map<String, String> secretVariables, @CheckForNull AfterBlock afterBlock) {
            this(publicVariables, secretVariables, afterBlock, List.of());
        }

        @Override
        public String toString() {
            return "Binding[public=" + publicVariables.keySet() + ", secret=" + secretVariables.keySet() + "]";
        }

        public static Binding secret(String variable, String value, @CheckForNull AfterBlock afterBlock) {
            return new Binding(Map.of(), Map.of(variable, value), afterBlock);
        }
    }

    /** The step's own work, off the CPS thread; its expected errors are explained in the step's name. */
    protected abstract @NonNull Binding bind(@NonNull StepContext context) throws Exception;

    @Override
    public final boolean start() {
        run(this::startBody);
        return false;
    }

    private void startBody() throws Exception {
        StepContext context = getContext();
        Binding binding;
        try {
            binding = bind(context);
        } catch (Exception e) {
            throw StepErrors.explain(functionName, e);
        }
        BodyInvoker invoker = context.newBodyInvoker()
                .withContext(EnvironmentExpander.merge(context.get(EnvironmentExpander.class),
                        new MaskedEnvironment(binding.publicVariables(), binding.secretVariables())));
        List<String> masked = new ArrayList<>(binding.secretVariables().values());
        masked.addAll(binding.maskedValues());
        if (!masked.isEmpty()) {
            invoker.withContext(BodyInvoker.mergeConsoleLogFilters(context.get(ConsoleLogFilter.class),
                    new SecretMaskingFilter(masked, context.get(Run.class).getCharset())));
        }
        invoker.withCallback(binding.afterBlock() == null ? BodyExecutionCallback.wrap(context) : new AfterBody(binding.afterBlock()))
                .start();
    }

    /** Runs the after-block work when the body ends, on success, failure or abort alike. */
    private final class AfterBody extends TailCall {

        private static final long serialVersionUID = 1L;

        private final AfterBlock afterBlock;

        AfterBody(AfterBlock afterBlock) {
            this.afterBlock = afterBlock;
        }

        @Override
        protected void finished(StepContext context) throws Exception {
            try {
                afterBlock.run(context.get(Run.class), context.get(TaskListener.class));
            } catch (Exception e) {
                throw StepErrors.explain(functionName, e);
            }
        }
    }
}
