package io.jenkins.plugins.convex.client.error;

/**
 * A caller's argument that cannot be sent, detected before any request. {@link #field()} is the
 * contract's name for it (snake_case, e.g. {@code deployment_type}) so that the command line can
 * name its option ({@code --deployment-type}) and the plugin its step parameter.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    public InvalidInputException(String field, String value, String allowed) {
        super(field + ": " + (value == null ? "missing value" : "'" + value + "' is not allowed") + "; allowed: " + allowed);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    /** The contract's (snake_case) name of the field or parameter. */
    public String field() {
        return field;
    }

    /** The rejected value, or null when it was missing. */
    public String value() {
        return value;
    }

    /** What is allowed, in words ("one of dev, prod, preview, custom"). */
    public String allowed() {
        return allowed;
    }
}
