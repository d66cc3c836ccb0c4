package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.preview.cleanup.PreviewOwnership;
import io.jenkins.plugins.convex.preview.keys.BuildDeployKeys;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * Deploy keys made by a build, so that they do not pile up (through the lifecycle's
 * {@link BuildDeployKeys}): every key expires after the configured lifetime, and a key made for a block
 * is also deleted when the block ends. Both need the platform dialect; on the spec dialect keys are
 * neither deleted nor expired. Shared by {@code convexDeployKey},
 * {@code withConvexDeployKey}, the preview steps and the freestyle wrapper.
 */
public final class DeployKeyCreation {

    private DeployKeyCreation() {
    }

    /** What the key is for, which decides how it goes away. */
    public enum Use {
        /** Bound to a variable of a block: deleted when the block (or build) ends. */
        BLOCK,
        /** Returned to the script, which may keep it: expires after the configured lifetime. */
        RETURNED
    }

    /** Names a key to delete after its block: no token, no key; serializable, so it survives a restart. */
    public record Handle(String credentialsId, String deploymentName, String keyName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A new key, when it expires (null: never, or deleted with its block), and how to name it for its deletion.
     */
    public record Created(DeployKey key, @CheckForNull Instant expiresAt, Handle handle) {
    }

    /** Keys are named after the build that made them, so the dashboard shows where each came from. */
    static String defaultKeyName(Run<?, ?> run, Use use) {
        String build = "jenkins/" + run.getParent().getFullName() + "/" + run.getNumber();
        // Two blocks of one build (parallel) on one deployment: each block's end deletes its own key only.
        return use == Use.BLOCK ? build + "/" + PreviewSource.newBlockId() : build;
    }

    /**
     * Creates {@code keyName} for the deployment, expiring after the configured lifetime where the dialect
     * has expiries: a returned key because the script may keep it, a block's key as a backstop should its
     * deletion at the block's end never happen (a crash, an abort during creation, a failed delete).
     */
    public static @NonNull Created create(@NonNull Run<?, ?> run, @NonNull ConvexSession session, long projectId,
                                          @NonNull String deploymentName, @NonNull String keyName, @NonNull Use use) {
        BuildDeployKeys keys = new BuildDeployKeys(session.client());
        Instant expiresAt = keys.canDelete() ? Instant.now().plus(ConvexGlobalConfiguration.get().getDeployKeyLifetime()) : null;
        Handle handle = new Handle(session.credentialsId(), deploymentName, keyName);
        if (use == Use.BLOCK && keys.canDelete()) {
            // Owed before it exists: a restart or an abort while it is being made, or a failed delete at the
            // block's end, still gets it deleted once the build is over.
            PreviewCleanup.get().holdKeyDeletion(PendingDeletion.ofKey(deploymentName, projectId, keyName, run.getExternalizableId(),
                    PreviewOwnership.folderOf(run.getParent().getFullName()), session.credentialsId(), Instant.now()));
        }
        return new Created(keys.create(projectId, deploymentName, keyName, expiresAt), expiresAt, handle);
    }

    /** {@code convexDeployKey} and {@code withConvexDeployKey}: checks, the token, the key, one log line. */
    static Created create(Run<?, ?> run, TaskListener listener, @CheckForNull String credentialsId, long projectId,
                          String deploymentName, @CheckForNull String keyName, Use use) throws AbortException {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        if (projectId < 0) {
            Validation.requirePositiveId("project_id", projectId);
        }
        String name = Util.fixEmptyAndTrim(keyName);
        if (name == null) {
            name = defaultKeyName(run, use);
        }
        ConvexSession session = ConvexSession.forRun(run, credentialsId);
        // The spec's route needs the project; ask the deployment for it when the step was not told.
        long project = projectId > 0 ? projectId : projectOf(session.client(), deploymentName);
        Created created = create(run, session, project, deploymentName, name, use);
        listener.getLogger().println("[convex] created deploy key " + name + " for deployment " + deploymentName
                + (created.expiresAt() != null ? ", expiring at " + created.expiresAt() : ""));
        return created;
    }

    /**
     * Deletes a key made for a block, with the credentials it was made with (looked up again for the
     * build). On the spec dialect, which cannot delete keys, says that the key stays.
     */
    public static void deleteMadeForBlock(@NonNull Run<?, ?> run, @NonNull TaskListener listener, @NonNull Handle handle)
            throws AbortException {
        ConvexClient client = ConvexSession.forRun(run, handle.credentialsId()).client();
        BuildDeployKeys keys = new BuildDeployKeys(client);
        String queued = PendingDeletion.queueKeyOfKey(handle.deploymentName(), handle.keyName());
        if (!keys.canDelete()) {
            listener.getLogger().println("[convex] deploy key " + handle.keyName() + " of deployment " + handle.deploymentName()
                    + " stays: the spec API dialect cannot delete deploy keys");
            return;
        }
        boolean deletedNow;
        try {
            deletedNow = keys.deleteIfPresent(handle.deploymentName(), handle.keyName());
        } catch (RuntimeException e) {
            // Not this block's failure: the queued deletion is retried in the background, and the key expires anyway.
            PreviewCleanup.get().retryNow(queued);
            listener.getLogger().println("[convex] could not delete deploy key " + handle.keyName() + " of deployment "
                    + handle.deploymentName() + " now (" + e.getMessage() + "); it is retried in the background");
            return;
        }
        PreviewCleanup.get().keyDeleted(queued);
        listener.getLogger().println(deletedNow
                ? "[convex] deleted deploy key " + handle.keyName() + " of deployment " + handle.deploymentName()
                : "[convex] deploy key " + handle.keyName() + " of deployment " + handle.deploymentName() + " was already gone (with its deployment, or expired)");
    }

    private static long projectOf(ConvexClient client, String deploymentName) throws AbortException {
        Long project = client.getDeployment(deploymentName).projectId();
        if (project == null) {
            throw new AbortException("[convex] the server did not say which project deployment " + deploymentName
                    + " belongs to; pass projectId");
        }
        return project;
    }

    /** {@code name, deploymentName, key, createdAt, expiresAt}: Strings (or null), sandbox-safe. */
    static LinkedHashMap<String, Object> toMap(Created created) {
        DeployKey key = created.key();
        Instant createdAt = key.createdAt();
        Instant expiresAt = created.expiresAt();
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", key.name());
        m.put("deploymentName", key.deploymentName());
        m.put("key", key.key());
        m.put("createdAt", createdAt == null ? null : createdAt.toString());
        m.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return m;
    }
}
