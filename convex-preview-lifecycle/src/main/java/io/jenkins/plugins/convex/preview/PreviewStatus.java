package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * A preview and what the server says of it.
 *
 * @param record     the store's record, or (not {@code stored}) one made from the server's preview
 * @param deployment the server's deployment of that name in the project, or null when it is gone
 * @param stored     true when the record is this store's; false for a preview only the server knows
 *                   (platform dialect: made by this tool on another machine, found by its reference)
 */
public record PreviewStatus(PreviewRecord record, Deployment deployment, boolean stored) {

    /** A stored preview. */
    public PreviewStatus(PreviewRecord record, Deployment deployment) {
        this(record, deployment, true);
    }

    public boolean existsOnServer() {
        return deployment != null;
    }

    /** When the server will delete it (the live service's {@code expiresAt}), or null: none, gone, or a dialect without expiries. */
    public Instant expiresAt() {
        return deployment == null ? null : deployment.expiresAt();
    }

    /**
     * {@code identity, source, projectId, name, url (null when gone), createdAt (ISO-8601), creator,
     * existsOnServer, expiresAt (ISO-8601, null when none), stored, attributes}.
     */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("identity", record.identity().value());
        m.put("source", record.source());
        m.put("projectId", record.projectId());
        m.put("name", record.deploymentName());
        m.put("url", deployment == null ? null : deployment.url());
        m.put("createdAt", record.createdAt().toString());
        m.put("creator", record.creator());
        m.put("existsOnServer", existsOnServer());
        m.put("expiresAt", expiresAt() == null ? null : expiresAt().toString());
        m.put("stored", stored);
        m.put("attributes", new LinkedHashMap<>(record.attributes()));
        return m;
    }
}
