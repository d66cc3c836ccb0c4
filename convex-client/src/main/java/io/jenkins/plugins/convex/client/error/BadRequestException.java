package io.jenkins.plugins.convex.client.error;

/** HTTP 400, a request the server found invalid. */
public class BadRequestException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String operation, int status, String serverCode, String serverMessage, String hint) {
        super(operation, status, serverCode, serverMessage, hint, null);
    }
}
