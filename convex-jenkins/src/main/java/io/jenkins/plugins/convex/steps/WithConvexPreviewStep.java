package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.masking.MaskedEnvironment;
import io.jenkins.plugins.convex.masking.SecretMaskingFilter;
import io.jenkins.plugins.convex.preview.PreviewResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withConvexPreview(projectId: ...) { ... }}: create-or-reuse the branch's preview, then run
 * the body with {@code CONVEX_PREVIEW_NAME}, {@code CONVEX_URL}, {@code CONVEX_SITE_URL} and, with
 * {@code deployKey: true}, a masked {@code CONVEX_DEPLOY_KEY}. With {@code ephemeral: true} the
 * preview is this block's alone and is deleted when the block ends, however it ends.
 */
public class WithConvexPreviewStep extends AbstractPreviewStep {

    public static final String PREVIEW_NAME = "CONVEX_PREVIEW_NAME";
    public static final String URL = "CONVEX_URL";
    public static final String SITE_URL = "CONVEX_SITE_URL";
    public static final String DEPLOY_KEY = "CONVEX_DEPLOY_KEY";

    private boolean ephemeral;

    @DataBoundConstructor
    public WithConvexPreviewStep(long projectId) {
        super(projectId);
    }

    public boolean isEphemeral() {
        return ephemeral;
    }

    @DataBoundSetter
    public void setEphemeral(boolean ephemeral) {
        this.ephemeral = ephemeral;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    /** The variables of the block: names and URLs in clear, the key (if any) as a secret. */
    static Map<String, String> publicVariables(PreviewResult result) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(PREVIEW_NAME, result.name());
        if (result.url() != null) {
            vars.put(URL, result.url());
        }
        if (result.siteUrl() != null) {
            vars.put(SITE_URL, result.siteUrl());
        }
        return vars;
    }

    /**
     * Network work runs in a background thread (never on the CPS thread). The execution is saved
     * with the Pipeline, so after a controller restart the body resumes and, at its end, the
     * ephemeral preview is still deleted.
     */
    static final class Execution extends GeneralNonBlockingStepExecution {

        private static final long serialVersionUID = 1L;

        private final transient WithConvexPreviewStep step;

        Execution(WithConvexPreviewStep step, StepContext context) {
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
            PreviewCreation.Outcome outcome;
            try {
                outcome = PreviewCreation.createOrReuse(run, context.get(TaskListener.class), context.get(EnvVars.class),
                        step, step.isEphemeral());
            } catch (Exception e) {
                throw StepErrors.explain("withConvexPreview", e);
            }
            PreviewResult result = outcome.result();
            Map<String, String> secrets = result.deployKey() == null ? Map.of() : Map.of(DEPLOY_KEY, result.deployKey());
            BodyInvoker invoker = context.newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(context.get(EnvironmentExpander.class),
                            new MaskedEnvironment(publicVariables(result), secrets)));
            if (!secrets.isEmpty()) {
                invoker.withContext(BodyInvoker.mergeConsoleLogFilters(context.get(ConsoleLogFilter.class),
                        new SecretMaskingFilter(List.copyOf(secrets.values()), run.getCharset())));
            }
            invoker.withCallback(step.isEphemeral() ? new DeleteWhenDone(outcome.handle()) : BodyExecutionCallback.wrap(context))
                    .start();
        }

        /** Deletes the ephemeral preview after the body, on success, failure or abort alike. */
        private final class DeleteWhenDone extends TailCall {

            private static final long serialVersionUID = 1L;

            private final PreviewCreation.Handle handle;

            DeleteWhenDone(PreviewCreation.Handle handle) {
                this.handle = handle;
            }

            @Override
            protected void finished(StepContext context) throws Exception {
                try {
                    PreviewDeletion.deleteEphemeral(context.get(Run.class), context.get(TaskListener.class), handle);
                } catch (Exception e) {
                    throw StepErrors.explain("withConvexPreview", e);
                }
            }
        }
    }

    @Extension
    public static final class DescriptorImpl extends AbstractPreviewStepDescriptor {

        @Override
        public String getFunctionName() {
            return "withConvexPreview";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Run a block with the Convex preview deployment of this branch";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
