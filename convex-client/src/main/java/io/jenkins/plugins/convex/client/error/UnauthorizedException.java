package io.jenkins.plugins.convex.client.error;

/** HTTP 401, a missing, unknown or expired token. */
public class UnauthorizedException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String operation, int status, String serverCode, String serverMessage, String hint) {
        super(operation, status, serverCode, serverMessage, hint, null);
    }
}
