package io.jenkins.plugins.convex.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.client.error.UnexpectedResponseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Lenient reading of response trees for one operation: extra fields are ignored, unknown enum
 * values are kept as text, a missing optional field is null. Only a missing required field (or
 * a body of the wrong kind) fails, with an {@link UnexpectedResponseException}.
 */
public final class JsonFields {

    private final String operation;

    public JsonFields(String operation) {
        this.operation = operation;
    }

    public JsonNode object(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw unexpected("expected a JSON object, got " + kind(node));
        }
        return node;
    }

    /** Each element of a JSON array, converted. */
    public <T> List<T> list(JsonNode node, Function<JsonNode, T> element) {
        if (node == null || !node.isArray()) {
            throw unexpected("expected a JSON array, got " + kind(node));
        }
        List<T> out = new ArrayList<>();
        node.forEach(e -> out.add(element.apply(object(e))));
        return List.copyOf(out);
    }

    /** The field as text, or null when absent or JSON null. */
    public String text(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public String requiredText(JsonNode obj, String field) {
        String v = text(obj, field);
        if (v == null) {
            throw unexpected("the response lacks the field '" + field + "'");
        }
        return v;
    }

    /** An int64 sent as a JSON number or as digits in a string; null when absent. */
    public Long optionalLong(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw unexpected("the field '" + field + "' is not an integer id");
        }
    }

    public long requiredLong(JsonNode obj, String field) {
        Long v = optionalLong(obj, field);
        if (v == null) {
            throw unexpected("the response lacks the field '" + field + "'");
        }
        return v;
    }

    /**
     * A timestamp: ISO-8601 text (with or without offset), or a number of epoch milliseconds.
     * Null when absent or unreadable: a timestamp is informative, never worth failing a call for.
     */
    public Instant instant(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        String s = v.asText().trim();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    public UnexpectedResponseException unexpected(String message) {
        return new UnexpectedResponseException(operation, 200, message);
    }

    private static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "an empty body" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
