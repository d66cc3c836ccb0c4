package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Util;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.connection.PreviewLifecycles;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.cleanup.PreviewSharing;
import io.jenkins.plugins.convex.preview.env.EnvironmentUpdate;
import io.jenkins.plugins.convex.preview.env.PreviewEnvironment;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.steps.environment.EnvironmentEntries;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import jenkins.branch.MultiBranchProject;

/**
 * Create-or-reuse of a build's preview, shared by {@code convexCreatePreview},
 * {@code withConvexPreview} and the freestyle wrapper: bind the parameters, find the token, call the
 * lifecycle library, show the preview on the build page, log one line. Decisions (reuse, recreate,
 * concurrency) are the library's.
 */
public final class PreviewCreation {

    private PreviewCreation() {
    }

    /**
     * A created or reused preview, and what is needed to delete it and its key later (no secret).
     *
     * @param key          the key made for this build, or null when none was asked for
     * @param secretValues the values of the {@code environment:} entries read from credentials: to mask, never to store
     */
    public record Outcome(PreviewResult result, String credentialsId, @CheckForNull DeployKeyCreation.Handle key,
                          List<String> secretValues) {

        @Override
        public String toString() {
            return "Outcome[" + result.name() + "]";
        }

        /** What an ephemeral preview's cleanup needs; serializable, so it survives a restart. */
        public Handle handle() {
            return new Handle(result.projectId(), result.identity().value(), result.name(), credentialsId);
        }

        /**
         * What a block does when it ends: an ephemeral preview is deleted (its keys go with it), else a
         * key made for the block is deleted where the dialect can; null when there is nothing to do.
         */
        public @CheckForNull AfterBlock afterBlock(boolean ephemeral) {
            if (ephemeral) {
                return AfterBlock.deletePreview(handle());
            }
            return key == null ? null : AfterBlock.deleteKey(key);
        }
    }

    /** Names a preview to delete after the block or build: no token, no key. */
    public record Handle(long projectId, String identity, String deploymentName, String credentialsId) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param env        the build's environment (BRANCH_NAME, CHANGE_ID; variables in the branch field)
     * @param ephemeral  a preview for this build only: identity {@code <identity>-b<build number>}
     * @param keyUse     what a deploy key (with {@code deployKey: true}) is for: deleted after a block, or expiring when returned
     */
    public static @NonNull Outcome createOrReuse(@NonNull Run<?, ?> run, @NonNull TaskListener listener, @NonNull EnvVars env,
                                                 @NonNull PreviewOptions options, boolean ephemeral,
                                                 @NonNull DeployKeyCreation.Use keyUse) throws AbortException {
        Validation.requirePositiveId("project_id", options.getProjectId());
        String teamId = Util.fixEmptyAndTrim(options.getTeamId());
        if (teamId != null) {
            Validation.parseId("team_id", teamId);
        }
        String branch = options.getBranch() == null ? null : env.expand(options.getBranch());
        String namespace = Util.fixEmptyAndTrim(options.getNamespace());
        PreviewIdentity identity = PreviewSource.identity(branch, env.get("CHANGE_ID"), env.get("BRANCH_NAME"),
                namespace != null ? namespace : defaultNamespace(run.getParent()));
        if (ephemeral) {
            identity = PreviewSource.ephemeral(identity, run.getNumber(), PreviewSource.newBlockId());
        }
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        Region region = parseRegion(options.getRegion(), config.getRegion());
        DeploymentClass deploymentClass = parseClass(options.getDeploymentClass(), config.getDeploymentClass());
        if (!options.isDeployKey() && Util.fixEmptyAndTrim(options.getKeyName()) != null) {
            throw new IllegalArgumentException("keyName is set but deployKey is not true; set deployKey: true to create a key");
        }
        // Checked and read before any request: a bad entry leaves nothing half-done.
        EnvironmentEntries.Resolved environment = EnvironmentEntries.resolve(run, options.getEnvironment());

        ConvexSession session = ConvexSession.forRun(run, options.getCredentialsId());
        CreatePreviewRequest.Builder request = CreatePreviewRequest.builder(options.getProjectId(), identity)
                .region(region)
                .deploymentClass(deploymentClass)
                .recreate(options.isRecreate() && !ephemeral)
                .creator(run.getParent().getFullName())
                .attribute(PreviewAttributes.JOB, run.getParent().getFullName())
                .attribute(PreviewAttributes.BUILD, run.getExternalizableId())
                .attribute(PreviewAttributes.CREDENTIALS_ID, session.credentialsId());
        if (ephemeral) {
            request.attribute(PreviewAttributes.EPHEMERAL, "true");
        }
        PreviewLifecycle lifecycle = PreviewLifecycles.forClient(session.client());
        PreviewResult result = lifecycle.createOrReuse(request.build());
        if (!result.created()) {
            recordUse(lifecycle, result, run.getParent().getFullName());
        }
        DeployKeyCreation.Created key = null;
        if (options.isDeployKey()) {
            // Made here rather than by the lifecycle so that it can expire (returned) or be deleted (block).
            key = DeployKeyCreation.create(run, session, options.getProjectId(), result.name(),
                    PreviewLifecycle.deployKeyName(identity, keyLabel(run, options.getKeyName(), keyUse)), keyUse);
            result = withKey(result, key.key().key());
        }

        ConvexPreviewAction.record(run, result, ephemeral);
        listener.getLogger().println("[convex] " + (result.created() ? "created" : "reused") + " preview " + result.name()
                + " for " + identity.source() + (identity.value().equals(identity.source()) ? "" : " (" + identity.value() + ")")
                + (result.url() == null ? "" : " at " + result.url())
                + (ephemeral ? ", ephemeral" : "")
                + (key == null ? "" : ", with a deploy key" + (key.expiresAt() == null ? "" : " expiring at " + key.expiresAt())));
        if (!environment.variables().isEmpty()) {
            // Counts only in the log: values never leave the update.
            EnvironmentUpdate update = new PreviewEnvironment(session.client(), ConvexClientFactory.get().deploymentApis(), Clock.systemUTC())
                    .apply(result, environment.variables());
            listener.getLogger().println("[convex] preview " + result.name() + ": " + update.summary());
        }
        return new Outcome(result, session.credentialsId(), key == null ? null : key.handle(), environment.secretValues());
    }

    /**
     * Jobs share a preview only when they ask for it with the same explicit namespace; by default the
     * identity is scoped to the job: a branch job's multibranch project (its branches are the
     * identities inside it), else the job itself.
     */
    static String defaultNamespace(Job<?, ?> job) {
        return job.getParent() instanceof MultiBranchProject<?, ?> project ? project.getFullName() : job.getFullName();
    }

    /** A preview reused by a job that did not create it (a shared namespace) is kept until that job goes too. */
    private static void recordUse(PreviewLifecycle lifecycle, PreviewResult result, String job) {
        lifecycle.store().find(result.projectId(), result.identity())
                .filter(record -> record.deploymentName().equals(result.name()))
                .ifPresent(record -> PreviewSharing.addUser(lifecycle.store(), record, job, PreviewAttributes.USERS));
    }

    private static PreviewResult withKey(PreviewResult r, String deployKey) {
        return new PreviewResult(r.identity(), r.projectId(), r.name(), r.url(), r.deploymentType(), r.region(),
                r.deploymentClass(), r.created(), deployKey);
    }

    /** The lifecycle names a preview's key {@code <identity>/<label>}; ours says which build (and block) made it. */
    static String keyLabel(Run<?, ?> run, @CheckForNull String keyName, DeployKeyCreation.Use use) {
        String name = Util.fixEmptyAndTrim(keyName);
        return name != null ? name : DeployKeyCreation.defaultKeyName(run, use);
    }

    private static Region parseRegion(String value, String fallback) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            v = Util.fixEmptyAndTrim(fallback);
        }
        return v == null ? null : Region.of(v);
    }

    private static DeploymentClass parseClass(String value, String fallback) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            v = Util.fixEmptyAndTrim(fallback);
        }
        return v == null ? null : DeploymentClass.of(v);
    }
}
