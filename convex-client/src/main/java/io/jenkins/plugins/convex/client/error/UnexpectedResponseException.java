package io.jenkins.plugins.convex.client.error;

/**
 * A successful status whose body does not have the shape the selected dialect expects (not JSON,
 * or a required field missing): usually a URL pointing at something else, or the wrong dialect.
 */
public class UnexpectedResponseException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String operation, int status, String message) {
        super(operation, status, null, message, "check the API URL and the API dialect", null);
    }
}
