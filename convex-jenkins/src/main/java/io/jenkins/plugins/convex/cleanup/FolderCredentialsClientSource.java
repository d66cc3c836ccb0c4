package io.jenkins.plugins.convex.cleanup;

import hudson.AbortException;
import hudson.model.Item;
import hudson.model.ItemGroup;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;
import io.jenkins.plugins.convex.preview.cleanup.CredentialsChoice;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletionProcessor;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * Credentials for background deletions, looked up as the system in the folder the lifecycle names
 * ("" is the root). A folder that no longer exists finds nothing: the processor then falls back to
 * the global default, and failing that the deletion waits.
 */
final class FolderCredentialsClientSource implements PendingDeletionProcessor.ClientSource {

    @Override
    public Optional<ConvexClient> clientFor(CredentialsChoice choice) {
        ItemGroup<?> context = context(choice.folder());
        if (context == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConvexClientFactory.get().create(ConvexCredentials.inContext(choice.credentialsId(), context).getSecret()));
        } catch (AbortException notUsable) {
            return Optional.empty();
        }
    }

    private static ItemGroup<?> context(String folder) {
        Jenkins jenkins = Jenkins.get();
        if (folder == null || folder.isEmpty()) {
            return jenkins;
        }
        Item item = jenkins.getItemByFullName(folder);
        return item instanceof ItemGroup<?> group ? group : null;
    }
}
