package io.jenkins.plugins.convex.preview.store;

/**
 * A file that is not a preview store, such as the emulator's state file (which also says
 * {@code "version": 1}): refused before anything is written, so the file stays as it was.
 */
public class NotAPreviewStoreException extends PreviewStoreException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public NotAPreviewStoreException(String origin, String reason) {
        super("preview store " + origin + " cannot be used: " + reason);
        this.reason = reason;
    }

    /** Why, in a few words ("it is a convex-emulator-state file, not a preview store"). */
    public String reason() {
        return reason;
    }
}
