package io.jenkins.plugins.convex.cli;

import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.ForbiddenException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import io.jenkins.plugins.convex.emulator.http.Router;
import io.jenkins.plugins.convex.preview.DeploymentNotInProjectException;
import io.jenkins.plugins.convex.preview.PreviewNotFoundException;

/** What the user sees when a command fails: one line on stderr and an exit code. */
public record Failure(int exitCode, String message) {

    /**
     * Added when a call to the live service failed: until the client speaks the live service's
     * dialect the client refuses its URL outright (exit 2, its own message says why); once it does,
     * a failure there is worth telling apart from one against a local server.
     */
    private static final String LIVE_SERVICE_NOTE =
            "the request went to the live Convex service (the default --api-url);"
                    + " to try the command line without an account, use --emulator";

    /**
     * Maps an exception to its exit code and a one-line message naming options, never tokens. With
     * {@code liveService}, a failed request also says it went to the live service.
     */
    public static Failure of(Throwable error, boolean liveService) {
        Failure failure = classify(error);
        // Only a request says where it went: a busy port or a bad state file sent nothing anywhere.
        if (liveService && error instanceof ConvexApiException && failure.exitCode != ExitCodes.INVALID_INPUT) {
            return new Failure(failure.exitCode, failure.message + " (" + LIVE_SERVICE_NOTE + ")");
        }
        return failure;
    }

    private static Failure classify(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            String value = invalid.value() == null ? "missing value" : "'" + invalid.value() + "' is not allowed";
            return new Failure(ExitCodes.INVALID_INPUT,
                    OptionNames.forField(invalid.field()) + ": " + value + "; allowed: " + OptionNames.inText(invalid.allowed()));
        }
        if (error instanceof CliInputException) {
            return new Failure(ExitCodes.INVALID_INPUT, error.getMessage());
        }
        if (error instanceof DeploymentNotInProjectException notInProject) {
            return new Failure(ExitCodes.INVALID_INPUT, "--project-id: " + notInProject.getMessage());
        }
        if (error instanceof NotFoundException notFound && Router.WRONG_DIALECT.equals(notFound.serverCode())) {
            // Not a missing thing: the server speaks the other dialect (its message says which to use).
            return new Failure(ExitCodes.INVALID_INPUT, "--api-dialect: " + error.getMessage());
        }
        if (error instanceof NotFoundException || error instanceof PreviewNotFoundException) {
            return new Failure(ExitCodes.NOT_FOUND, error.getMessage());
        }
        if (error instanceof UnauthorizedException || error instanceof ForbiddenException) {
            return new Failure(ExitCodes.UNAUTHORIZED, error.getMessage());
        }
        if (error instanceof ConvexApiException) {
            return new Failure(ExitCodes.FAILED, error.getMessage());
        }
        if (error instanceof CommandFailedException failed) {
            return new Failure(failed.exitCode(), failed.getMessage());
        }
        String message = error.getMessage();
        return new Failure(ExitCodes.FAILED, message == null || message.isBlank() ? error.getClass().getSimpleName() : message);
    }

    /** The message on one line: a user's mistake never gets a stack trace or a multi-line dump. */
    public String line() {
        return "error: " + message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
