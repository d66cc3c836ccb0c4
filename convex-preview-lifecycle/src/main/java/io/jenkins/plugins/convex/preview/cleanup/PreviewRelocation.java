package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job renamed or moved keeps its previews: their records are given the job's new full name, so
 * that deleting the job later still deletes them (ownership is by creator). Each record is swapped
 * through the store's own reservation (claim "replacing" the same deployment, then complete), so a
 * concurrent create of that identity waits and then reuses the preview rather than making another.
 */
public final class PreviewRelocation {

    private PreviewRelocation() {
    }

    /**
     * Rewrites the creator (and {@code jobAttribute}, when it named the old job) of every record
     * created by {@code oldFullName}. Returns how many records now name {@code newFullName}.
     */
    public static int relocate(PreviewStore store, String oldFullName, String newFullName, String jobAttribute) {
        if (oldFullName == null || newFullName == null || oldFullName.equals(newFullName)) {
            return 0;
        }
        int moved = 0;
        for (PreviewRecord r : store.listByCreator(oldFullName)) {
            Claim claim = store.claim(new ClaimRequest(r.key(), "rename of " + oldFullName,
                    PreviewLifecycle.DEFAULT_STALE_AFTER, r.deploymentName()));
            if (!(claim instanceof Claim.Reserved reserved)) {
                continue; // replaced or being recreated meanwhile: the new record is its creator's
            }
            Map<String, String> attributes = new LinkedHashMap<>(r.attributes());
            if (oldFullName.equals(attributes.get(jobAttribute))) {
                attributes.put(jobAttribute, newFullName);
            }
            if (store.complete(reserved.reservation(), new PreviewRecord(r.projectId(), r.identity(), r.source(),
                    r.deploymentName(), r.createdAt(), newFullName, attributes))) {
                moved++;
            }
        }
        return moved;
    }
}
