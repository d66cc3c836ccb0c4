package io.jenkins.plugins.convex.cli;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Which subcommands an invocation needs built: the one it names, or all of them when it names none
 * it knows (the root's help, {@code help}, a typo that wants the nearest name).
 */
final class Subcommands {

    /** The global options that take a value, so that the value is not taken for a subcommand's name. */
    private static final Set<String> WITH_VALUE = globalOptionsWithValue();

    private Subcommands() {
    }

    static List<Class<?>> needed(String[] args) {
        String name = firstWord(args);
        if (name != null && !name.equals("help")) {
            for (Class<?> command : ConvexCommand.SUBCOMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(name)) {
                    return List.of(command);
                }
            }
        }
        return ConvexCommand.SUBCOMMANDS;
    }

    private static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return arg;
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
            }
        }
        return null;
    }

    private static Set<String> globalOptionsWithValue() {
        Set<String> names = new HashSet<>();
        for (Field field : GlobalOptions.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null && field.getType() != boolean.class) {
                names.addAll(List.of(option.names()));
            }
        }
        return names;
    }
}
