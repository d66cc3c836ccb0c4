package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.Objects;

/** A preview's place in a store: one identity per project. */
public record PreviewKey(long projectId, PreviewIdentity identity) {

    public PreviewKey {
        Objects.requireNonNull(identity, "identity");
    }

    @Override
    public String toString() {
        return projectId + ":" + identity.value();
    }
}
