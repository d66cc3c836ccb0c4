package io.jenkins.plugins.convex.preview.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * The credentials a pending deletion tries, in order: those the preview was created with, looked up
 * in its job's folder, then in each parent folder up to the root (the job's folder may have gone
 * with the job, as when a whole multibranch project is deleted, while credentials of the same id in
 * a parent, which the job could see, remain); then the global default at the root. When none is
 * found the deletion waits.
 *
 * @param credentialsId the id to look up
 * @param folder        where: a folder's full name, "" for the root
 */
public record CredentialsChoice(String credentialsId, String folder) {

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
        if (defaultCredentialsId != null && !defaultCredentialsId.isBlank()) {
            CredentialsChoice global = new CredentialsChoice(defaultCredentialsId.trim(), "");
            if (!out.contains(global)) {
                out.add(global);
            }
        }
        return out;
    }

    /** "credentials 'convex-token' in folder shop" or "... at the root". */
    public String describe() {
        return "credentials '" + credentialsId + "'" + (folder.isEmpty() ? " at the root" : " in folder " + folder);
    }
}
