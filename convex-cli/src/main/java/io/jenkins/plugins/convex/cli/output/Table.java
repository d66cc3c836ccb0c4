package io.jenkins.plugins.convex.cli.output;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A plain-text table with aligned columns. */
public final class Table {

    private static final Pattern ISO_FRACTION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");

    private final List<String> headers;
    private final List<List<String>> rows;

    private Table(List<String> headers, List<List<String>> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    /** Rows of objects under the given columns (JSON keys); headers are the keys in capitals. */
    public static Table of(List<Map<String, Object>> objects, String... columns) {
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(header(column));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                Object value = object.get(column);
                row.add(value == null ? "-" : cell(value));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    /** {@code team_id} and {@code existsOnServer} both become {@code TEAM_ID}, {@code EXISTS_ON_SERVER}. */
    static String header(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** One object as "field  value" lines; a field without a value is left out. */
    public static Table keyValue(Map<String, Object> object) {
        List<List<String>> rows = new ArrayList<>();
        object.forEach((key, value) -> {
            if (value != null) {
                rows.add(List.of(key, cell(value)));
            }
        });
        return new Table(List.of(), rows);
    }

    /** A time to the second (JSON keeps the full precision); anything else as it is. */
    static String cell(Object value) {
        String text = String.valueOf(value);
        return value instanceof Instant instant ? instant.truncatedTo(ChronoUnit.SECONDS).toString()
                : ISO_FRACTION.matcher(text).matches() ? text.replaceFirst("\\.\\d+Z$", "Z") : text;
    }

    public void print(PrintStream out) {
        int columns = headers.isEmpty() ? (rows.isEmpty() ? 0 : rows.get(0).size()) : headers.size();
        int[] widths = new int[columns];
        measure(headers, widths);
        rows.forEach(row -> measure(row, widths));
        if (!headers.isEmpty()) {
            out.println(line(headers, widths));
        }
        rows.forEach(row -> out.println(line(row, widths)));
        if (rows.isEmpty() && !headers.isEmpty()) {
            out.println("(none)");
        }
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return sb.toString();
    }
}
