package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job renamed or moved keeps its previews: their records are given the job's new full name (as
 * creator, or among the users of a shared preview), so that deleting the job later still deletes
 * or releases them. Each record is rewritten atomically through {@link PreviewStore#update}, which
 * leaves alone a record whose recreate is in progress (the new record is its creator's).
 */
public final class PreviewRelocation {

    private PreviewRelocation() {
    }

    /**
     * Renames {@code oldFullName} to {@code newFullName} among the users of every record (and in
     * {@code jobAttribute}, when it named the old job). Returns how many records now name {@code newFullName}.
     */
    public static int relocate(PreviewStore store, String oldFullName, String newFullName, String jobAttribute, String usersAttribute) {
        if (oldFullName == null || newFullName == null || oldFullName.equals(newFullName)) {
            return 0;
        }
        int moved = 0;
        for (PreviewRecord r : store.listAll()) {
            if (!PreviewSharing.users(r, usersAttribute).contains(oldFullName)) {
                continue;
            }
            boolean updated = store.update(r.key(), r.deploymentName(), current -> {
                List<String> users = PreviewSharing.users(current, usersAttribute).stream()
                        .map(u -> u.equals(oldFullName) ? newFullName : u).distinct().toList();
                PreviewRecord renamed = PreviewSharing.withUsers(current, users, usersAttribute);
                Map<String, String> attributes = new LinkedHashMap<>(renamed.attributes());
                if (oldFullName.equals(attributes.get(jobAttribute))) {
                    attributes.put(jobAttribute, newFullName);
                }
                return new PreviewRecord(renamed.projectId(), renamed.identity(), renamed.source(), renamed.deploymentName(),
                        renamed.createdAt(), renamed.creator(), attributes);
            });
            if (updated) {
                moved++;
            }
        }
        return moved;
    }
}
