package io.jenkins.plugins.convex.preview.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * The credentials a pending deletion tries, in order: those the preview was created with, looked up
 * in its job's folder, then in each parent folder up to the root (the job's folder may have gone
 * with the job, as when a whole multibranch project is deleted, while credentials of the same id in
 * a parent, which the job could see, remain); then the copy sealed when the deletion was queued
 * (while the folder still existed: credentials stored only on a deleted folder); then the global
 * default at the root. When none is found the deletion waits.
 *
 * @param credentialsId the id to look up
 * @param folder        where: a folder's full name, "" for the root
 * @param sealed        instead of a lookup: the embedder's sealed (encrypted) copy of the credentials, or null
 */
public record CredentialsChoice(String credentialsId, String folder, String sealed) {

    public CredentialsChoice(String credentialsId, String folder) {
        this(credentialsId, folder, null);
    }

    public static List<CredentialsChoice> candidates(PendingDeletion d, String defaultCredentialsId) {
        List<CredentialsChoice> out = new ArrayList<>();
        if (d.credentialsId() != null && !d.credentialsId().isBlank()) {
            String folder = d.folder();
            while (true) {
                out.add(new CredentialsChoice(d.credentialsId(), folder));
                if (folder.isEmpty()) {
                    break;
                }
                folder = PreviewOwnership.folderOf(folder);
            }
        }
        if (d.sealedCredentials() != null && !d.sealedCredentials().isBlank()) {
            out.add(new CredentialsChoice(d.credentialsId(), d.folder(), d.sealedCredentials()));
        }
        if (defaultCredentialsId != null && !defaultCredentialsId.isBlank()) {
            CredentialsChoice global = new CredentialsChoice(defaultCredentialsId.trim(), "");
            if (!out.contains(global)) {
                out.add(global);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return describe(); // never the sealed copy, encrypted as it is
    }

    /** "credentials 'convex-token' in folder shop" or "... at the root". */
    public String describe() {
        if (sealed != null) {
            return "credentials '" + credentialsId + "' as saved when the deletion was queued" + (folder.isEmpty() ? "" : " from folder " + folder);
        }
        return "credentials '" + credentialsId + "'" + (folder.isEmpty() ? " at the root" : " in folder " + folder);
    }
}
