package io.jenkins.plugins.convex.preview.env;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The environment variables a preview should have, name to value, checked where they enter: names
 * follow the Convex rule, values are any text. Values are secrets: {@link #toString()} shows names only.
 */
public final class PreviewVariables {

    private final Map<String, String> values;

    private PreviewVariables(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** In the map's order; a bad name is refused naming {@code field}, a null value too (without echoing values). */
    public static PreviewVariables of(String field, Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            EnvironmentVariableName.require(field, name);
            if (value == null) {
                throw new InvalidInputException(field, name, "a value for every variable");
            }
            checked.put(name, value);
        });
        return new PreviewVariables(checked);
    }

    public static PreviewVariables none() {
        return new PreviewVariables(Map.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** Name to value, in the order given. */
    public Map<String, String> values() {
        return values;
    }

    @Override
    public String toString() {
        return "PreviewVariables" + values.keySet();
    }
}
