package io.jenkins.plugins.convex.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** The emulator's one JSON mapper; responses are built as trees, never from anyone's model classes. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** An array of the items, each written by {@code shape}. */
    public static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> shape) {
        ArrayNode array = array();
        items.forEach(item -> array.add(shape.apply(item)));
        return array;
    }
}
