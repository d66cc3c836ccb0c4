package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.preview.cleanup.PreviewOwnership;
import io.jenkins.plugins.convex.preview.keys.BuildAccessTokens;
import java.io.Serializable;
import java.time.Instant;

/**
 * The team access token of a {@code withConvexAccessToken} block, through the lifecycle's
 * {@link BuildAccessTokens}: on the platform dialect it expires after the configured lifetime and is
 * deleted by its unique name when the block ends; its deletion is queued (held) before it is made, so
 * that a crash, an abort during its creation or a failed delete still gets it deleted once the build is
 * over, as a block's deploy key is. The spec dialect can do neither: there the token stays.
 */
public final class BlockAccessTokens {

    private BlockAccessTokens() {
    }

    /** Names a token to delete after its block: no token value; serializable, so it survives a restart. */
    public record Handle(String credentialsId, long teamId, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A new token, when it expires (null: never), and the block's after-work (null when it cannot be deleted). */
    public record Created(AccessToken token, @CheckForNull Instant expiresAt, @CheckForNull AfterBlock afterBlock) {
        @Override
        public String toString() {
            return "Created[" + token.name() + "]";
        }
    }

    /** {@code <name>/<job>#<build>/<block id>}: the dashboard shows where it came from, and its deletion finds only it. */
    public static String uniqueName(String name, Run<?, ?> run) {
        return name + "/" + run.getParent().getFullName() + "#" + run.getNumber() + "/" + PreviewSource.newBlockId();
    }

    public static @NonNull Created create(@NonNull Run<?, ?> run, @NonNull ConvexSession session, long teamId, @NonNull String name) {
        BuildAccessTokens tokens = new BuildAccessTokens(session.client());
        if (!tokens.canDelete()) {
            return new Created(tokens.create(teamId, name, null), null, null);
        }
        Instant expiresAt = Instant.now().plus(ConvexGlobalConfiguration.get().getAccessTokenLifetime());
        // Owed before it exists: see the class comment.
        PreviewCleanup.get().holdKeyDeletion(PendingDeletion.ofAccessToken(teamId, name, run.getExternalizableId(),
                PreviewOwnership.folderOf(run.getParent().getFullName()), session.credentialsId(), Instant.now()));
        AccessToken token = tokens.create(teamId, name, expiresAt);
        return new Created(token, expiresAt, new DeleteToken(new Handle(session.credentialsId(), teamId, name)));
    }

    /** Deletes the block's token with the credentials it was made with; a failure is left to the durable queue. */
    public static void delete(@NonNull Run<?, ?> run, @NonNull TaskListener listener, @NonNull Handle handle) throws AbortException {
        String queued = PendingDeletion.queueKeyOfAccessToken(handle.teamId(), handle.name());
        try {
            new BuildAccessTokens(ConvexSession.forRun(run, handle.credentialsId()).client()).delete(handle.teamId(), handle.name());
        } catch (RuntimeException | AbortException e) {
            // Not this block's failure: the queued deletion is retried in the background, and the token expires anyway.
            PreviewCleanup.get().retryNow(queued);
            listener.getLogger().println("[convex] could not delete access token " + handle.name() + " now (" + e.getMessage()
                    + "); it is retried in the background");
            return;
        }
        PreviewCleanup.get().keyDeleted(queued);
        listener.getLogger().println("[convex] deleted access token " + handle.name());
    }

    private static final class DeleteToken implements AfterBlock {
        private static final long serialVersionUID = 1L;
        private final Handle handle;

        DeleteToken(Handle handle) {
            this.handle = handle;
        }

        @Override
        public void run(@NonNull Run<?, ?> run, @NonNull TaskListener listener) throws Exception {
            delete(run, listener, handle);
        }
    }
}
