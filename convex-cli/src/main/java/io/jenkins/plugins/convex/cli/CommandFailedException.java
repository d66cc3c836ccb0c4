package io.jenkins.plugins.convex.cli;

/** A command's own failure with a chosen exit code (e.g. a sweep where some deletions failed). */
public class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailedException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
