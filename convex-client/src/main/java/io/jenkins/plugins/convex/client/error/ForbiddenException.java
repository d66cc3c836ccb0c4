package io.jenkins.plugins.convex.client.error;

/** HTTP 403, a token without the right to do this. */
public class ForbiddenException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String operation, int status, String serverCode, String serverMessage, String hint) {
        super(operation, status, serverCode, serverMessage, hint, null);
    }
}
