package io.jenkins.plugins.convex.cli;

/** The command line's exit codes (also listed in {@code --help} and docs/cli.md). */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything else: a server error, a network failure, a failed sweep. */
    public static final int FAILED = 1;
    /** Invalid input, caught before any request was sent. */
    public static final int INVALID_INPUT = 2;
    public static final int NOT_FOUND = 3;
    public static final int UNAUTHORIZED = 4;

    private ExitCodes() {
    }
}
