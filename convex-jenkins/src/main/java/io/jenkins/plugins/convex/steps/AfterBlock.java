package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.Serializable;

/**
 * What a block step or the freestyle wrapper does once its block or build is over, however it
 * ended. Saved with the running Pipeline (so it still happens after a controller restart): it holds
 * names and credentials ids, never a secret.
 */
public interface AfterBlock extends Serializable {

    void run(@NonNull Run<?, ?> run, @NonNull TaskListener listener) throws Exception;

    /** Deletes the block's ephemeral preview (and with it any key made for it). */
    static AfterBlock deletePreview(PreviewCreation.Handle preview) {
        return new DeletePreview(preview);
    }

    /** Deletes the key made for the block, where the dialect can. */
    static AfterBlock deleteKey(DeployKeyCreation.Handle key) {
        return new DeleteKey(key);
    }

    final class DeletePreview implements AfterBlock {
        private static final long serialVersionUID = 1L;
        private final PreviewCreation.Handle preview;

        DeletePreview(PreviewCreation.Handle preview) {
            this.preview = preview;
        }

        @Override
        public void run(@NonNull Run<?, ?> run, @NonNull TaskListener listener) throws Exception {
            PreviewDeletion.deleteEphemeral(run, listener, preview);
        }
    }

    final class DeleteKey implements AfterBlock {
        private static final long serialVersionUID = 1L;
        private final DeployKeyCreation.Handle key;

        DeleteKey(DeployKeyCreation.Handle key) {
            this.key = key;
        }

        @Override
        public void run(@NonNull Run<?, ?> run, @NonNull TaskListener listener) throws Exception {
            DeployKeyCreation.deleteMadeForBlock(run, listener, key);
        }
    }
}
