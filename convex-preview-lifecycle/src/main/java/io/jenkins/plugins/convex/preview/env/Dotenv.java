package io.jenkins.plugins.convex.preview.env;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads dotenv text: {@code NAME=VALUE} lines, blank lines and {@code #} comments skipped, an
 * optional {@code export } prefix, a value in matching single or double quotes taken without them.
 * A bad line is refused by its number, never its content (it may hold a secret).
 */
public final class Dotenv {

    private Dotenv() {
    }

    /** {@code source} names the text in errors (a file name); {@code field} the option or parameter. */
    public static Map<String, String> parse(String field, String source, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).stripLeading();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(field, source + " line " + (i + 1), "NAME=VALUE lines, blank lines and # comments");
            }
            out.put(line.substring(0, eq).strip(), unquoted(line.substring(eq + 1).strip()));
        }
        return out;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}
