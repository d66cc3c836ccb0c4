package io.jenkins.plugins.convex.cli.output;

import io.jenkins.plugins.convex.cli.CliInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code --field NAME}: one field of a result, raw (a text without quotes), one line per object of a list. */
final class FieldValue {

    private FieldValue() {
    }

    static List<String> of(Object json, String field) {
        List<String> lines = new ArrayList<>();
        TreeSet<String> present = new TreeSet<>();
        for (Object item : json instanceof List<?> list ? list : List.of(json)) {
            Map<?, ?> object = item instanceof Map<?, ?> map ? map : Map.of();
            object.keySet().forEach(k -> present.add(String.valueOf(k)));
            Object value = object.get(field);
            if (value != null) {
                lines.add(value instanceof Map || value instanceof List ? Printer.toJson(value).replaceAll("\\s*\\R\\s*", " ") : String.valueOf(value));
            }
        }
        boolean isList = json instanceof List;
        if (lines.isEmpty() && !(isList && present.isEmpty())) {
            throw new CliInputException("--field", field, present.isEmpty() ? "none: this result has no fields" : "one of " + String.join(", ", present));
        }
        return lines;
    }
}
