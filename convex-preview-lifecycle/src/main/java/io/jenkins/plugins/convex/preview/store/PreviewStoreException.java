package io.jenkins.plugins.convex.preview.store;

/** A store that cannot be read or written (I/O, a corrupt file); names the store, never a secret. */
public class PreviewStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreviewStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public PreviewStoreException(String message) {
        super(message);
    }
}
