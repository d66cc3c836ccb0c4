package io.jenkins.plugins.convex.preview;

import java.util.LinkedHashMap;

/**
 * The outcome of a guarded delete.
 *
 * @param deploymentName    the deployment
 * @param identity          the store's identity for it, or null when the store had none
 * @param deploymentType    its type as the server said, or null when it was already gone
 * @param alreadyGone       the server no longer had it (counts as deleted)
 * @param storeEntryRemoved the store's record was removed
 */
public record DeleteResult(String deploymentName, String identity, String deploymentType, boolean alreadyGone, boolean storeEntryRemoved) {

    /** {@code name, identity, deploymentType, deleted (always true), alreadyGone, storeEntryRemoved}. */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", deploymentName);
        m.put("identity", identity);
        m.put("deploymentType", deploymentType);
        m.put("deleted", true);
        m.put("alreadyGone", alreadyGone);
        m.put("storeEntryRemoved", storeEntryRemoved);
        return m;
    }
}
