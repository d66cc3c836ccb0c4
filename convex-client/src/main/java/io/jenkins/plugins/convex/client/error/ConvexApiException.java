package io.jenkins.plugins.convex.client.error;

/**
 * A request the server refused or that could not complete. Carries the operation (the contract's
 * operationId), the HTTP status (0 when there was no answer), the server's error code and message,
 * and a hint for the user where one helps. Never carries a token or a key.
 */
public class ConvexApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int status;
    private final String serverCode;
    private final String serverMessage;
    private final String hint;

    public ConvexApiException(String operation, int status, String serverCode, String serverMessage, String hint, Throwable cause) {
        super(format(operation, status, serverCode, serverMessage, hint), cause);
        this.operation = operation;
        this.status = status;
        this.serverCode = serverCode;
        this.serverMessage = serverMessage;
        this.hint = hint;
    }

    private static String format(String operation, int status, String code, String message, String hint) {
        StringBuilder sb = new StringBuilder(operation);
        sb.append(status > 0 ? " failed with HTTP " + status : " failed");
        if (code != null && !code.isEmpty()) {
            sb.append(" ").append(code);
        }
        if (message != null && !message.isEmpty()) {
            sb.append(": ").append(message);
        }
        if (hint != null && !hint.isEmpty()) {
            sb.append(" (").append(hint).append(")");
        }
        return sb.toString();
    }

    public String operation() {
        return operation;
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    public String serverCode() {
        return serverCode;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public String hint() {
        return hint;
    }
}
