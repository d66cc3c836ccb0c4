package io.jenkins.plugins.convex.client.error;

/** HTTP 404, no such project, deployment, domain or team for this token. */
public class NotFoundException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String operation, int status, String serverCode, String serverMessage, String hint) {
        super(operation, status, serverCode, serverMessage, hint, null);
    }
}
