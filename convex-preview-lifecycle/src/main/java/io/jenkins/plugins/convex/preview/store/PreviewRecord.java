package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which deployment is an identity's preview in a project (the spec's Deployment has no label, so
 * we keep this mapping). Never holds a deploy key or a token.
 *
 * @param projectId      the Convex project (int64)
 * @param identity       the preview's identity
 * @param source         what the identity came from: the raw branch name or {@code pr-<n>}
 * @param deploymentName the preview deployment, e.g. {@code happy-otter-123}
 * @param createdAt      when the deployment was created
 * @param creator        who created it: a Jenkins job's full name, or {@code user@host} on the command line
 * @param attributes     callers' extra data (the plugin's credentials id, job full name...); never secrets
 */
public record PreviewRecord(
        long projectId,
        PreviewIdentity identity,
        String source,
        String deploymentName,
        Instant createdAt,
        String creator,
        Map<String, String> attributes) {

    public PreviewRecord {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(deploymentName, "deploymentName");
        Objects.requireNonNull(createdAt, "createdAt");
        source = source == null ? identity.value() : source;
        creator = creator == null ? "" : creator;
        attributes = attributes == null || attributes.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The key this record is stored under. */
    public PreviewKey key() {
        return new PreviewKey(projectId, identity);
    }
}
