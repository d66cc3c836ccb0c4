package io.jenkins.plugins.convex.steps.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Return values as plain {@link LinkedHashMap}s and {@link ArrayList}s: the script may keep them across
 * a restart, so they are saved with the Pipeline's state, and the JDK's immutable lists
 * ({@code Stream.toList()}, {@code List.of}) are internal classes better kept out of it.
 */
public final class ReturnValues {

    private ReturnValues() {
    }

    public static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            ArrayList<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        return value;
    }
}
