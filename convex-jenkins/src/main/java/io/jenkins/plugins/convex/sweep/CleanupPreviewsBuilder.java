package io.jenkins.plugins.convex.sweep;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.convex.freestyle.ConvexBuilderDescriptor;
import io.jenkins.plugins.convex.freestyle.FreestyleOnly;
import io.jenkins.plugins.convex.preview.sweep.OlderThan;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.steps.FormChecks;
import io.jenkins.plugins.convex.steps.StepErrors;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Clean up Convex previews" build step: what {@code convexCleanupPreviews} does, for freestyle jobs
 * (a periodic job, for example). Branches to keep are one per line or comma-separated and may use
 * build variables. Failed deletions make the build unstable.
 */
public class CleanupPreviewsBuilder extends Builder implements SimpleBuildStep {

    private final SweepParameters parameters = new SweepParameters();
    private String keepBranches;

    @DataBoundConstructor
    public CleanupPreviewsBuilder() {
    }

    public long getProjectId() {
        return parameters.getProjectId();
    }

    @DataBoundSetter
    public void setProjectId(long projectId) {
        parameters.setProjectId(projectId);
    }

    public String getKeepBranches() {
        return keepBranches;
    }

    @DataBoundSetter
    public void setKeepBranches(String keepBranches) {
        this.keepBranches = Util.fixEmptyAndTrim(keepBranches);
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
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        FreestyleOnly.require(run, "Clean up Convex previews", "convexCleanupPreviews(...)");
        SweepReport report;
        try {
            report = parameters.sweep(run, listener,
                    PreviewSweepRun.splitBranches(keepBranches == null ? null : env.expand(keepBranches)), env::expand);
        } catch (IOException | RuntimeException e) {
            StepErrors.rethrowForBuild("Clean up Convex previews", e);
            return;
        }
        if (report.hasFailures()) {
            run.setResult(Result.UNSTABLE);
        }
    }

    @Extension
    @Symbol("convexCleanupPreviewsBuilder")
    public static final class DescriptorImpl extends ConvexBuilderDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Clean up Convex previews";
        }

        @POST
        public FormValidation doCheckOlderThan(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormChecks.mayConfigure(item) || Util.fixEmptyAndTrim(value) == null || value.contains("$")) {
                return FormValidation.ok();
            }
            try {
                OlderThan.parse(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error("Use <n>m, <n>h or <n>d, e.g. 7d");
            }
        }

        @POST
        public FormValidation doCheckProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormChecks.mayConfigure(item) || Util.fixEmptyAndTrim(value) == null || "0".equals(value.trim())) {
                return FormValidation.ok();
            }
            return FormChecks.projectId(item, value, false);
        }
    }
}
