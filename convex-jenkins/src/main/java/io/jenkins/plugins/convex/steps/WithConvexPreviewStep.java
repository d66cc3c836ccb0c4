package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.preview.PreviewResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withConvexPreview(projectId: ...) { ... }}: create-or-reuse the branch's preview, then run
 * the body with {@code CONVEX_PREVIEW_NAME}, {@code CONVEX_URL}, {@code CONVEX_SITE_URL} and, with
 * {@code deployKey: true}, a masked {@code CONVEX_DEPLOY_KEY}, deleted when the block ends where the
 * dialect can (platform). With {@code ephemeral: true} the preview is this block's alone and is
 * deleted when the block ends, however it ends.
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

    /** Create-or-reuse off the CPS thread; the body's end deletes the ephemeral preview, or the block's key where the dialect can. */
    static final class Execution extends MaskedBlockExecution {

        private static final long serialVersionUID = 1L;

        private final transient WithConvexPreviewStep step;

        Execution(WithConvexPreviewStep step, StepContext context) {
            super(context, "withConvexPreview");
            this.step = step;
        }

        @Override
        protected @NonNull Binding bind(@NonNull StepContext context) throws Exception {
            PreviewCreation.Outcome outcome = PreviewCreation.createOrReuse(context.get(Run.class), context.get(TaskListener.class),
                    context.get(EnvVars.class), step.options(), step.isEphemeral(), DeployKeyCreation.Use.BLOCK);
            PreviewResult result = outcome.result();
            Map<String, String> secrets = result.deployKey() == null ? Map.of() : Map.of(DEPLOY_KEY, result.deployKey());
            return new Binding(publicVariables(result), secrets, outcome.afterBlock(step.isEphemeral()), outcome.secretValues());
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
