package io.jenkins.plugins.convex.sweep;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
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

    private long projectId;
    private String keepBranches;
    private String olderThan;
    private String namespace;
    private boolean dryRun;
    private String credentialsId;

    @DataBoundConstructor
    public CleanupPreviewsBuilder() {
    }

    public long getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getKeepBranches() {
        return keepBranches;
    }

    @DataBoundSetter
    public void setKeepBranches(String keepBranches) {
        this.keepBranches = Util.fixEmptyAndTrim(keepBranches);
    }

    public String getOlderThan() {
        return olderThan;
    }

    @DataBoundSetter
    public void setOlderThan(String olderThan) {
        this.olderThan = Util.fixEmptyAndTrim(olderThan);
    }

    public String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        this.namespace = Util.fixEmptyAndTrim(namespace);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        SweepReport report;
        try {
            report = PreviewSweepRun.sweep(run, listener, credentialsId, projectId,
                    PreviewSweepRun.splitBranches(keepBranches == null ? null : env.expand(keepBranches)),
                    olderThan == null ? null : env.expand(olderThan), namespace == null ? null : env.expand(namespace), dryRun);
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
    public static final class DescriptorImpl extends BuildStepDescriptor<hudson.tasks.Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Clean up Convex previews";
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormChecks.credentials(item, credentialsId);
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
