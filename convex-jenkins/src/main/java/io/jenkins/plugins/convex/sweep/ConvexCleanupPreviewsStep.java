package io.jenkins.plugins.convex.sweep;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import io.jenkins.plugins.convex.steps.StepErrors;
import io.jenkins.plugins.convex.steps.operations.ReturnValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * {@code convexCleanupPreviews([projectId, keepBranches, olderThan, namespace, dryRun, credentialsId])}:
 * deletes the stored previews not kept; returns {@code [projectId, dryRun, deleted, failed, kept]}.
 */
public class ConvexCleanupPreviewsStep extends Step {

    private final SweepParameters parameters = new SweepParameters();
    private List<String> keepBranches;

    @DataBoundConstructor
    public ConvexCleanupPreviewsStep() {
    }

    public long getProjectId() {
        return parameters.getProjectId();
    }

    @DataBoundSetter
    public void setProjectId(long projectId) {
        parameters.setProjectId(projectId);
    }

    public List<String> getKeepBranches() {
        return keepBranches;
    }

    @DataBoundSetter
    public void setKeepBranches(List<String> keepBranches) {
        this.keepBranches = keepBranches == null ? null : new ArrayList<>(keepBranches);
    }

    /** The keep list as the form shows it, one branch per line (the form has no list field). */
    public String getKeepBranchesText() {
        return keepBranches == null ? "" : String.join("\n", keepBranches);
    }

    public String getOlderThan() {
        return parameters.getOlderThan();
    }

    @DataBoundSetter
    public void setOlderThan(String olderThan) {
        parameters.setOlderThan(olderThan);
    }

    public String getNamespace() {
        return parameters.getNamespace();
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        parameters.setNamespace(namespace);
    }

    public boolean isDryRun() {
        return parameters.isDryRun();
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        parameters.setDryRun(dryRun);
    }

    public String getCredentialsId() {
        return parameters.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        parameters.setCredentialsId(credentialsId);
    }

    @Override
    public StepExecution start(StepContext context) {
        return StepExecutions.synchronousNonBlocking(context, c -> {
            try {
                return ReturnValues.plain(parameters.sweep(c.get(Run.class), c.get(TaskListener.class), keepBranches,
                        UnaryOperator.identity()).toMap());
            } catch (Exception e) {
                throw StepErrors.explain("convexCleanupPreviews", e);
            }
        });
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexCleanupPreviews";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Clean up Convex previews (keep some branches, delete older ones)";
        }

        /** The form's keep list is text, one branch per line or comma-separated; the step's is a list. */
        @Override
        public Step newInstance(@CheckForNull StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
            String text = formData.optString("keepBranchesText", "");
            formData.remove("keepBranchesText");
            ConvexCleanupPreviewsStep step = (ConvexCleanupPreviewsStep) super.newInstance(req, formData);
            step.setKeepBranches(PreviewSweepRun.splitBranches(text));
            return step;
        }

    }
}
