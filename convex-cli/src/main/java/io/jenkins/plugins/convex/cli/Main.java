package io.jenkins.plugins.convex.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of {@code bin/convex-preview}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv()));
    }

    /** Runs one invocation in-process and returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, new CliContext(out, err, env, Path.of("").toAbsolutePath()));
    }

    public static int run(String[] args, CliContext context) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Nothing else to load: the command tree (every subcommand's options, by reflection) is not needed.
            context.out().println(new Version().getVersion()[0]);
            context.out().flush();
            return ExitCodes.OK;
        }
        CommandLine commandLine = commandLine(context, Subcommands.needed(args));
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    static CommandLine commandLine(CliContext context, List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new ConvexCommand(context));
        subcommands.forEach(commandLine::addSubcommand);
        ErrorHandler errors = new ErrorHandler(context);
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        listExitCodes(commandLine);
        // Each subcommand shows and takes only the global options that mean something to it.
        Map<String, CommandLine> built = commandLine.getSubcommands();
        keepOnly(built.get("emulator"), "--api-dialect");
        keepOnly(built.get("demo"), "--api-dialect", "--emulator-state");
        keepOnly(built.get("help"));
        return commandLine;
    }

    private static void keepOnly(CommandLine subcommand, String... kept) {
        if (subcommand != null) {
            GlobalOptions.keepOnly(subcommand, kept);
        }
    }

    /** Every command's --help lists the exit codes, so a script author finds them where they look. */
    private static void listExitCodes(CommandLine commandLine) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + ExitCodes.OK, "ok");
        codes.put(" " + ExitCodes.FAILED, "failed (server error, network, a failed deletion in a sweep)");
        codes.put(" " + ExitCodes.INVALID_INPUT, "invalid input, caught before any request");
        codes.put(" " + ExitCodes.NOT_FOUND, "not found");
        codes.put(" " + ExitCodes.UNAUTHORIZED, "unauthorized or forbidden (check the token)");
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        commandLine.getSubcommands().values().forEach(Main::listExitCodes);
    }
}
