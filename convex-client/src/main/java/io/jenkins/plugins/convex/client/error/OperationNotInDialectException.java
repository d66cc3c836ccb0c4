package io.jenkins.plugins.convex.client.error;

/**
 * The operation exists in another API dialect but not in the one this client speaks (for example
 * preview deploy keys, which only the live service's PLATFORM dialect has). Thrown before any request.
 */
public class OperationNotInDialectException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String dialect;

    public OperationNotInDialectException(String operation, String dialect, String availableIn) {
        super(operation + " is not available with the " + dialect + " API dialect; only the " + availableIn
                + " dialect (the live Convex service's) has it");
        this.operation = operation;
        this.dialect = dialect;
    }

    /** The operation's name, e.g. {@code createPreviewDeployKey}. */
    public String operation() {
        return operation;
    }

    /** The dialect that lacks it, e.g. {@code SPEC}. */
    public String dialect() {
        return dialect;
    }
}
