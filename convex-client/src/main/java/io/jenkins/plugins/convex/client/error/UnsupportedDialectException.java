package io.jenkins.plugins.convex.client.error;

/**
 * The API dialect selected (or resolved from the URL) has no implementation in this client, so no
 * client can be built. Thrown by {@code ConvexClientBuilder.build()}, before any request.
 */
public class UnsupportedDialectException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String dialect;

    public UnsupportedDialectException(String dialect, String message) {
        super(message);
        this.dialect = dialect;
    }

    /** The dialect's name, e.g. {@code PLATFORM}. */
    public String dialect() {
        return dialect;
    }
}
