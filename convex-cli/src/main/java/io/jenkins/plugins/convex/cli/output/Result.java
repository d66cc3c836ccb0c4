package io.jenkins.plugins.convex.cli.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command prints: a JSON value (maps with the spec's field names, lists of them) and how to
 * show it as text. Null fields are left out of both.
 */
public final class Result {

    private final Object json;
    private final Text text;

    private Result(Object json, Text text) {
        this.json = json;
        this.text = text;
    }

    /** One object: JSON object, and "field  value" lines as text. */
    public static Result object(Map<String, Object> fields) {
        Map<String, Object> present = withoutNulls(fields);
        return new Result(present, out -> Table.keyValue(present).print(out));
    }

    /** A list: JSON array of objects, and a table with the given columns as text. */
    public static Result list(List<Map<String, Object>> rows, String... columns) {
        List<Map<String, Object>> present = new ArrayList<>();
        rows.forEach(row -> present.add(withoutNulls(row)));
        return new Result(present, out -> Table.of(present, columns).print(out));
    }

    /** An operation whose response is empty: {@code {}} as JSON, a sentence as text. */
    public static Result empty(String sentence) {
        return new Result(Map.of(), out -> out.println(sentence));
    }

    /** Any JSON value with its own text rendering. */
    public static Result custom(Object json, Text text) {
        return new Result(json, text);
    }

    Object json() {
        return json;
    }

    Text text() {
        return text;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        Map<String, Object> present = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        return present;
    }

    /** Writes the text form. */
    @FunctionalInterface
    public interface Text {
        void print(java.io.PrintStream out);
    }
}
