package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableName;
import io.jenkins.plugins.convex.preview.env.Dotenv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reading variable options ({@code NAME=VALUE}, {@code NAME=PATH}, dotenv files). Errors name the
 * option and the variable's name, or a file and line: never a value, which may be a secret.
 */
public final class Assignments {

    private Assignments() {
    }

    /** The name of {@code NAME=...}, checked; the text after '=' is {@link #valueOf}. */
    public static String nameOf(String option, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            // Without '=' the whole text may be a value typed by mistake: show only its length.
            throw new CliInputException(option, "(" + assignment.length() + " characters without '=')", "NAME=VALUE");
        }
        return checkedName(option, assignment.substring(0, eq));
    }

    public static String valueOf(String assignment) {
        return assignment.substring(assignment.indexOf('=') + 1);
    }

    public static String checkedName(String option, String name) {
        try {
            return EnvironmentVariableName.require("name", name);
        } catch (InvalidInputException e) {
            throw new CliInputException(option, name, EnvironmentVariableName.ALLOWED);
        }
    }

    /** The whole file as the value, without one trailing line break. */
    public static String fileValue(String option, String name, CliContext context, String path) {
        try {
            String text = Files.readString(context.resolve(Path.of(path)), StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException | RuntimeException e) {
            throw new CliInputException(option, name + "=" + path, "NAME=PATH with a readable file holding the value");
        }
    }

    /** A dotenv file's variables, names checked. */
    public static Map<String, String> dotenvFile(String option, CliContext context, String path) {
        String text;
        try {
            text = Files.readString(context.resolve(Path.of(path)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CliInputException(option, path, "a readable file of NAME=VALUE lines");
        }
        Map<String, String> values;
        try {
            values = Dotenv.parse("env_file", path, text);
        } catch (InvalidInputException e) {
            throw new CliInputException(option, e.value(), e.allowed());
        }
        values.keySet().forEach(name -> checkedName(option + " " + path, name));
        return values;
    }

    /** Refuses a second change of one name. */
    static void once(String option, String name, Map<String, ?> seen) {
        if (seen.containsKey(name)) {
            throw new CliInputException(option, name, "each variable once among --set, --set-from-file and --unset");
        }
    }
}
