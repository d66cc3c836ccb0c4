package io.jenkins.plugins.convex.client.error;

/** No usable response: connection refused or reset, timeout, TLS failure. Status is 0. */
public class NetworkException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public NetworkException(String operation, String message, String hint, Throwable cause) {
        super(operation, 0, null, message, hint, cause);
    }
}
