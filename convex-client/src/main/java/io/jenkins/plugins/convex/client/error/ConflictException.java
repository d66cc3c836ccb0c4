package io.jenkins.plugins.convex.client.error;

/** HTTP 409, the resource exists or is in a conflicting state. */
public class ConflictException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String operation, int status, String serverCode, String serverMessage, String hint) {
        super(operation, status, serverCode, serverMessage, hint, null);
    }
}
