package io.jenkins.plugins.convex.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A request's JSON object with typed, validating accessors: each refusal is a 400 naming the field,
 * the bad value and what is allowed. A JSON null counts as absent.
 */
public final class JsonBody {

    private final JsonNode node;

    JsonBody(JsonNode node) {
        this.node = node;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !(value instanceof NullNode);
    }

    public String requiredString(String field) {
        if (!has(field)) {
            throw ApiError.missingField(field);
        }
        return optionalString(field);
    }

    /** A non-blank string, or 400. */
    public String requiredText(String field) {
        String value = requiredString(field);
        if (value.isBlank()) {
            throw ApiError.invalidField(field, value, "a non-empty string");
        }
        return value;
    }

    public String optionalString(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw ApiError.invalidField(field, value.toString(), "a string");
        }
        return value.textValue();
    }

    public String requiredEnum(String field, Collection<String> allowed) {
        if (!has(field)) {
            throw ApiError.missingField(field);
        }
        return optionalEnum(field, allowed);
    }

    public String optionalEnum(String field, Collection<String> allowed) {
        String value = optionalString(field);
        if (value != null && !allowed.contains(value)) {
            throw ApiError.invalidField(field, value, "one of " + String.join(", ", allowed));
        }
        return value;
    }

    public Long optionalLong(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiError.invalidField(field, value.toString(), "an integer");
        }
        return value.longValue();
    }

    public Boolean optionalBoolean(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw ApiError.invalidField(field, value.toString(), "true or false");
        }
        return value.booleanValue();
    }

    public List<String> optionalStringList(String field, Collection<String> allowed) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw ApiError.invalidField(field, value.toString(), "an array of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || (allowed != null && !allowed.contains(item.textValue()))) {
                throw ApiError.invalidField(field, item.toString(), allowed == null ? "strings" : "strings among " + String.join(", ", allowed));
            }
            result.add(item.textValue());
        }
        return result;
    }

    /** A required array of JSON objects, each with the same validating accessors. */
    public List<JsonBody> requiredObjectList(String field) {
        if (!has(field)) {
            throw ApiError.missingField(field);
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw ApiError.invalidField(field, value.toString(), "an array of objects");
        }
        List<JsonBody> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw ApiError.invalidField(field, item.toString(), "an array of objects");
            }
            result.add(new JsonBody(item));
        }
        return result;
    }

    /** True when the field is present and explicitly JSON null (used to clear a value). */
    public boolean isExplicitNull(String field) {
        return node.get(field) instanceof NullNode;
    }
}
