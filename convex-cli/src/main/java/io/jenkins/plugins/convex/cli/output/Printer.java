package io.jenkins.plugins.convex.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Prints results on stdout as JSON ({@code --json}) or as readable text. */
public final class Printer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;
    private final boolean json;
    private final String field;

    public Printer(PrintStream out, boolean json) {
        this(out, json, null);
    }

    /** With a {@code field} ({@code --field}), only that field's value is printed, raw: for shell scripts without jq. */
    public Printer(PrintStream out, boolean json, String field) {
        this.out = out;
        this.json = json;
        this.field = field;
    }

    public boolean json() {
        return json;
    }

    public void print(Result result) {
        if (field != null) {
            FieldValue.of(result.json(), field).forEach(out::println);
        } else if (json) {
            out.println(toJson(result.json()));
        } else {
            result.text().print(out);
        }
        out.flush();
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
