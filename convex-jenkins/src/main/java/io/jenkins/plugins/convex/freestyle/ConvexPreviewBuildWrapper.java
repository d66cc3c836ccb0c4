package io.jenkins.plugins.convex.freestyle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.console.ConsoleLogFilter;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildWrapperDescriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.config.FieldChecks;
import io.jenkins.plugins.convex.masking.BuildSecrets;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.steps.AfterBlock;
import io.jenkins.plugins.convex.steps.DeployKeyCreation;
import io.jenkins.plugins.convex.steps.FormChecks;
import io.jenkins.plugins.convex.steps.PreviewCreation;
import io.jenkins.plugins.convex.steps.PreviewParameters;
import io.jenkins.plugins.convex.steps.StepErrors;
import java.io.IOException;
import io.jenkins.plugins.convex.steps.environment.PreviewVariable;
import java.util.List;
import java.util.Set;
import jenkins.tasks.SimpleBuildWrapper;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Convex preview deployment" for freestyle jobs: what {@code withConvexPreview} does, for the
 * build's steps. Freestyle jobs have no {@code BRANCH_NAME}, so the branch is a field, expanded
 * (default {@code ${GIT_BRANCH}}, set by the Git SCM). Same execution as the Pipeline steps
 * ({@link PreviewCreation}); the deploy key is masked in the console and deleted when the build ends
 * where the dialect can (platform).
 */
public class ConvexPreviewBuildWrapper extends SimpleBuildWrapper {

    static final String DEFAULT_BRANCH = "${GIT_BRANCH}";
    private static final String DEPLOY_KEY = "CONVEX_DEPLOY_KEY";

    private final PreviewParameters parameters;
    private boolean ephemeral;

    @DataBoundConstructor
    public ConvexPreviewBuildWrapper(long projectId) {
        this.parameters = new PreviewParameters(projectId, DEFAULT_BRANCH);
    }

    public long getProjectId() {
        return parameters.getProjectId();
    }

    public @CheckForNull String getCredentialsId() {
        return parameters.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        parameters.setCredentialsId(credentialsId);
    }

    public @CheckForNull String getTeamId() {
        return parameters.getTeamId();
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        parameters.setTeamId(teamId);
    }

    public String getBranch() {
        return parameters.getBranch();
    }

    /** Blank is {@code ${GIT_BRANCH}}. */
    @DataBoundSetter
    public void setBranch(String branch) {
        parameters.setBranch(branch);
    }

    public @CheckForNull String getNamespace() {
        return parameters.getNamespace();
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        parameters.setNamespace(namespace);
    }

    public @CheckForNull String getRegion() {
        return parameters.getRegion();
    }

    @DataBoundSetter
    public void setRegion(String region) {
        parameters.setRegion(region);
    }

    public @CheckForNull String getDeploymentClass() {
        return parameters.getDeploymentClass();
    }

    @DataBoundSetter
    public void setDeploymentClass(String deploymentClass) {
        parameters.setDeploymentClass(deploymentClass);
    }

    public boolean isRecreate() {
        return parameters.isRecreate();
    }

    @DataBoundSetter
    public void setRecreate(boolean recreate) {
        parameters.setRecreate(recreate);
    }

    public boolean isDeployKey() {
        return parameters.isDeployKey();
    }

    @DataBoundSetter
    public void setDeployKey(boolean deployKey) {
        parameters.setDeployKey(deployKey);
    }

    public @CheckForNull String getKeyName() {
        return parameters.getKeyName();
    }

    @DataBoundSetter
    public void setKeyName(String keyName) {
        parameters.setKeyName(keyName);
    }

    public List<PreviewVariable> getEnvironment() {
        return parameters.getEnvironment();
    }

    /** Variables set on the preview: plain values or Secret text credentials ids. */
    @DataBoundSetter
    public void setEnvironment(List<PreviewVariable> environment) {
        parameters.setEnvironment(environment);
    }

    public boolean isEphemeral() {
        return ephemeral;
    }

    @DataBoundSetter
    public void setEphemeral(boolean ephemeral) {
        this.ephemeral = ephemeral;
    }

    /** Network work only: no workspace or agent needed. */
    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void setUp(Context context, Run<?, ?> build, TaskListener listener, EnvVars initialEnvironment)
            throws IOException, InterruptedException {
        // Pipeline's `wrap` would save the environment (the deploy key) in clear with the program's state.
        FreestyleOnly.require(build, "Convex preview deployment",
                "withConvexPreview(projectId: ...) { ... }, which masks the deploy key and keeps it out of the saved Pipeline");
        PreviewCreation.Outcome outcome;
        try {
            outcome = PreviewCreation.createOrReuse(build, listener, initialEnvironment, parameters, ephemeral, DeployKeyCreation.Use.BLOCK);
        } catch (Exception e) {
            StepErrors.rethrowForBuild("Convex preview deployment", e);
            return;
        }
        PreviewResult result = outcome.result();
        context.env("CONVEX_PREVIEW_NAME", result.name());
        if (result.url() != null) {
            context.env("CONVEX_URL", result.url());
        }
        if (result.siteUrl() != null) {
            context.env("CONVEX_SITE_URL", result.siteUrl());
        }
        if (result.deployKey() != null) {
            BuildSecrets.add(build, result.deployKey());
            context.env(DEPLOY_KEY, result.deployKey());
        }
        outcome.secretValues().forEach(secret -> BuildSecrets.add(build, secret));
        AfterBlock afterBuild = outcome.afterBlock(ephemeral);
        if (afterBuild != null) {
            context.setDisposer(new AfterBuild(afterBuild));
        }
    }

    /** Masks the deploy key, which is only known once {@link #setUp} ran, in the whole build's console. */
    @Override
    public ConsoleLogFilter createLoggerDecorator(@NonNull Run<?, ?> build) {
        return (parameters.isDeployKey() || hasSecretVariables()) && build instanceof AbstractBuild ? BuildSecrets.filterFor(build) : null;
    }

    private boolean hasSecretVariables() {
        return parameters.getEnvironment().stream().anyMatch(v -> v != null && v.getCredentialsId() != null);
    }

    @Override
    public void makeSensitiveBuildVariables(AbstractBuild build, Set<String> sensitiveVariables) {
        super.makeSensitiveBuildVariables(build, sensitiveVariables);
        if (parameters.isDeployKey()) {
            sensitiveVariables.add(DEPLOY_KEY);
        }
    }

    /** When the build ends, whatever its result: deletes the ephemeral preview, or the build's key where the dialect can. */
    private static final class AfterBuild extends Disposer {
        private static final long serialVersionUID = 1L;

        private final AfterBlock afterBlock;

        AfterBuild(AfterBlock afterBlock) {
            this.afterBlock = afterBlock;
        }

        @Override
        public void tearDown(Run<?, ?> build, TaskListener listener) throws IOException, InterruptedException {
            try {
                afterBlock.run(build, listener);
            } catch (IOException | InterruptedException e) {
                throw e;
            } catch (Exception e) {
                Exception explained = StepErrors.explain("Convex preview deployment", e);
                throw explained instanceof AbortException abort ? abort : new AbortException("[convex] Convex preview deployment: " + e.getMessage());
            }
        }
    }

    @Extension
    @Symbol("convexPreviewWrapper")
    public static final class DescriptorImpl extends BuildWrapperDescriptor {

        @Override
        public boolean isApplicable(AbstractProject<?, ?> item) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Convex preview deployment";
        }

        /** The form's default; given by a getter because Jelly would expand the literal text itself. */
        public String getDefaultBranch() {
            return DEFAULT_BRANCH;
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormChecks.credentials(item, credentialsId);
        }

        @POST
        public FormValidation doCheckProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.projectId(item, value, true);
        }

        @POST
        public FormValidation doCheckTeamId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormChecks.teamId(item, value);
        }

        public ListBoxModel doFillRegionItems() {
            return FieldChecks.regionItems();
        }

        public ListBoxModel doFillDeploymentClassItems() {
            return FieldChecks.deploymentClassItems();
        }
    }
}
