package io.jenkins.plugins.convex.cli;

/**
 * Invalid input found by the command line itself (not by the client): names the option, the value
 * and what is allowed. Always exit code 2, always before any request.
 */
public class CliInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliInputException(String option, String value, String allowed) {
        super(option + ": " + (value == null ? "missing value" : "'" + value + "' is not allowed") + "; allowed: " + allowed);
    }

    public CliInputException(String message) {
        super(message);
    }
}
