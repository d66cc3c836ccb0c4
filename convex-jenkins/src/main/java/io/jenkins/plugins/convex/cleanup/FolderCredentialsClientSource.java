package io.jenkins.plugins.convex.cleanup;

import hudson.AbortException;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.Secret;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;
import io.jenkins.plugins.convex.preview.cleanup.CredentialsChoice;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletionProcessor;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * Credentials for background deletions, looked up as the system in the folder the lifecycle names
 * ("" is the root). A folder that no longer exists finds nothing: the processor then tries the copy
 * sealed when the deletion was queued ({@link #seal}), then the global default, and failing that the
 * deletion waits.
 */
final class FolderCredentialsClientSource implements PendingDeletionProcessor.ClientSource {

    @Override
    public Optional<ConvexClient> clientFor(CredentialsChoice choice) {
        if (choice.sealed() != null) {
            Secret unsealed = Secret.decrypt(choice.sealed());
            return unsealed == null ? Optional.empty() : Optional.of(ConvexClientFactory.get().create(unsealed));
        }
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

    /**
     * The deletion with its credentials sealed now, while its job's folder still exists: credentials
     * stored only on a folder (a multibranch project) go with it. Sealed with Jenkins' own encryption
     * ({@link Secret}, as credentials.xml keeps secrets), never in the clear. Unchanged when none are found.
     */
    static PendingDeletion seal(PendingDeletion d) {
        if (d.credentialsId() == null) {
            return d;
        }
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            ItemGroup<?> context = context(d.folder());
            return context == null ? d
                    : d.withSealedCredentials(ConvexCredentials.inContext(d.credentialsId(), context).getSecret().getEncryptedValue());
        } catch (AbortException notFound) {
            return d;
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
