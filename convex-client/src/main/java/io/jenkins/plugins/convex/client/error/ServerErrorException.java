package io.jenkins.plugins.convex.client.error;

/** HTTP 5xx, a server-side failure. */
public class ServerErrorException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(String operation, int status, String serverCode, String serverMessage, String hint) {
        super(operation, status, serverCode, serverMessage, hint, null);
    }
}
