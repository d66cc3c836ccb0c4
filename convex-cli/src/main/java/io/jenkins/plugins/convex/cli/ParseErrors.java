package io.jenkins.plugins.convex.cli;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The parser's failures in the project's words: what was not understood with the nearest name, and
 * values that fail conversion in the {@code <option>: '<value>' is not allowed; allowed: ...} form.
 */
final class ParseErrors {

    private ParseErrors() {
    }

    static String message(ParameterException ex) {
        // A typo is the first thing to hear about, even when it also left a required option missing.
        for (CommandLine c = ex.getCommandLine(); c != null; c = c.getParent()) {
            List<String> unmatched = c.getParseResult() == null ? List.of() : c.getParseResult().unmatched();
            if (!unmatched.isEmpty()) {
                return unknown(c, unmatched.get(0));
            }
        }
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unknown(ex.getCommandLine(), unmatched.getUnmatched().get(0));
        }
        // A conversion failure wraps our own input check: show that message, not picocli's wrapper.
        Throwable cause = ex.getCause();
        if (cause instanceof CliInputException || cause instanceof InvalidInputException) {
            return Failure.of(cause, false).message();
        }
        ArgSpec arg = ex.getArgSpec();
        if (cause instanceof CommandLine.TypeConversionException && arg instanceof OptionSpec option && ex.getValue() != null) {
            return option.longestName() + ": '" + ex.getValue() + "' is not allowed; allowed: " + allowed(option.type());
        }
        return ex.getMessage().replaceFirst("^Error: ", "") + " (see --help)";
    }

    private static String unknown(CommandLine command, String first) {
        boolean option = first.startsWith("-");
        boolean subcommand = !option && !command.getSubcommands().isEmpty();
        String what = option ? "option" : subcommand ? "subcommand" : "argument";
        List<String> candidates = option
                ? command.getCommandSpec().options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName).toList()
                : List.copyOf(command.getSubcommands().keySet());
        String name = option ? first.replaceFirst("=.*", "") : first;
        String nearest = Suggestions.nearest(name, candidates);
        String where = command.getCommandSpec().root() == command.getCommandSpec() ? "" : " of " + command.getCommandName();
        return "unknown " + what + " '" + name + "'" + where
                + (nearest != null ? "; did you mean '" + nearest + "'?" : subcommand ? " (see --help for the subcommands)" : " (see --help)");
    }

    private static String allowed(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        return "a value of type " + type.getSimpleName();
    }
}
