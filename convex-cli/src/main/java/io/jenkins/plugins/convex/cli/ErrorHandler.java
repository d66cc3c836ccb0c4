package io.jenkins.plugins.convex.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit code; no stack traces. */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Set to anything to get the stack trace of a failure after its one line. */
    static final String DEBUG_ENV = "CONVEX_PREVIEW_DEBUG";

    private final CliContext context;

    ErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        context.err().println(new Failure(ExitCodes.INVALID_INPUT, ParseErrors.message(ex)).line());
        return ExitCodes.INVALID_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Object root = commandLine.getCommandSpec().root().userObject();
        boolean live = root instanceof ConvexCommand command && command.global().targetsLiveService(context);
        Failure failure = Failure.of(ex, live);
        context.err().println(failure.line());
        if (context.env(DEBUG_ENV) != null) {
            // For bug reports only; our exceptions never carry a token or a key.
            ex.printStackTrace(context.err());
        }
        return failure.exitCode();
    }
}
