package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.keys.BuildDeployKeys;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * Deploy keys made by a build, so that they do not pile up (through the lifecycle's
 * {@link BuildDeployKeys}): a key made for a block is deleted when the block ends, a key handed back to
 * the script expires after the configured lifetime. Both need the platform dialect; on the spec
 * dialect keys are neither deleted nor expired. Shared by {@code convexDeployKey},
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
    static String defaultKeyName(Run<?, ?> run) {
        return "jenkins/" + run.getParent().getFullName() + "/" + run.getNumber();
    }

    /** Creates {@code keyName} for the deployment, with an expiry when returned and the dialect has expiries. */
    public static @NonNull Created create(@NonNull ConvexSession session, long projectId, @NonNull String deploymentName,
                                          @NonNull String keyName, @NonNull Use use) {
        BuildDeployKeys keys = new BuildDeployKeys(session.client());
        Instant expiresAt = use == Use.RETURNED && keys.canDelete()
                ? Instant.now().plus(ConvexGlobalConfiguration.get().getDeployKeyLifetime()) : null;
        return new Created(keys.create(projectId, deploymentName, keyName, expiresAt), expiresAt,
                new Handle(session.credentialsId(), deploymentName, keyName));
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
            name = defaultKeyName(run);
        }
        ConvexSession session = ConvexSession.forRun(run, credentialsId);
        // The spec's route needs the project; ask the deployment for it when the step was not told.
        long project = projectId > 0 ? projectId : projectOf(session.client(), deploymentName);
        Created created = create(session, project, deploymentName, name, use);
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
        if (new BuildDeployKeys(client).delete(handle.deploymentName(), handle.keyName())) {
            listener.getLogger().println("[convex] deleted deploy key " + handle.keyName() + " of deployment " + handle.deploymentName());
        } else {
            listener.getLogger().println("[convex] deploy key " + handle.keyName() + " of deployment " + handle.deploymentName()
                    + " stays: the spec API dialect cannot delete deploy keys");
        }
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
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", key.name());
        m.put("deploymentName", key.deploymentName());
        m.put("key", key.key());
        m.put("createdAt", key.createdAt() == null ? null : key.createdAt().toString());
        m.put("expiresAt", created.expiresAt() == null ? null : created.expiresAt().toString());
        return m;
    }
}
