package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;

/** The store has no preview for this identity in this project (the command line exits 3). */
public class PreviewNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long projectId;
    private final String identity;

    public PreviewNotFoundException(long projectId, PreviewIdentity identity) {
        super("no preview for '" + identity.value() + "' in project " + projectId + " in the preview store");
        this.projectId = projectId;
        this.identity = identity.value();
    }

    public long projectId() {
        return projectId;
    }

    public String identity() {
        return identity;
    }
}
