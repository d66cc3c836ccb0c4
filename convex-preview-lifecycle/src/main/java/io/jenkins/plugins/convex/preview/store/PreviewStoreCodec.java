package io.jenkins.plugins.convex.preview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a {@link StoreState}, written by hand (no annotations on the records) so the
 * file format is explicit and stable:
 * <pre>{"kind":"convex-preview-store","version":1,
 *  "previews":[{"projectId":..,"identity":"..","source":"..","deploymentName":"..",
 *               "createdAt":"ISO-8601","creator":"..","attributes":{..}}],
 *  "reservations":[{"projectId":..,"identity":"..","holder":"..","token":"..","reservedAt":"ISO-8601","replacing":null}]}</pre>
 */
public final class PreviewStoreCodec {

    public static final int VERSION = 1;
    /** What the file is, so that another JSON file (the emulator's state) is refused instead of overwritten. */
    public static final String KIND = "convex-preview-store";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PreviewStoreCodec() {
    }

    public static String toJson(StoreState state) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", KIND);
        root.put("version", VERSION);
        ArrayNode previews = root.putArray("previews");
        for (PreviewRecord r : state.records().values()) {
            ObjectNode n = previews.addObject();
            n.put("projectId", r.projectId());
            n.put("identity", r.identity().value());
            n.put("source", r.source());
            n.put("deploymentName", r.deploymentName());
            n.put("createdAt", r.createdAt().toString());
            n.put("creator", r.creator());
            ObjectNode attributes = n.putObject("attributes");
            r.attributes().forEach(attributes::put);
        }
        ArrayNode reservations = root.putArray("reservations");
        for (Reservation r : state.reservations().values()) {
            ObjectNode n = reservations.addObject();
            n.put("projectId", r.key().projectId());
            n.put("identity", r.key().identity().value());
            n.put("holder", r.holder());
            n.put("token", r.token());
            n.put("reservedAt", r.reservedAt().toString());
            n.put("replacing", r.replacing());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new PreviewStoreException("cannot serialise the preview store", e);
        }
    }

    /** Parses {@code json}; {@code origin} names the source (a file path) in error messages. */
    public static StoreState fromJson(String json, String origin) {
        StoreState state = new StoreState();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NotAPreviewStoreException(origin, "it is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new NotAPreviewStoreException(origin, "it is not a JSON object");
        }
        checkKind(root, origin);
        try {
            int version = root.path("version").asInt(-1);
            if (version != VERSION) {
                throw new PreviewStoreException("preview store " + origin + " has version " + version + "; this program reads version " + VERSION);
            }
            for (JsonNode n : root.path("previews")) {
                Map<String, String> attributes = new LinkedHashMap<>();
                n.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
                PreviewRecord r = new PreviewRecord(
                        n.path("projectId").asLong(),
                        PreviewIdentity.fromValue(text(n, "identity")),
                        text(n, "source"),
                        text(n, "deploymentName"),
                        Instant.parse(text(n, "createdAt")),
                        text(n, "creator"),
                        attributes);
                state.records().put(r.key(), r);
            }
            for (JsonNode n : root.path("reservations")) {
                PreviewKey key = new PreviewKey(n.path("projectId").asLong(), PreviewIdentity.fromValue(text(n, "identity")));
                state.reservations().put(key, new Reservation(key, text(n, "holder"), text(n, "token"),
                        Instant.parse(text(n, "reservedAt")), text(n, "replacing")));
            }
            return state;
        } catch (PreviewStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PreviewStoreException("preview store " + origin + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A file without a kind (written before files said what they are) must at least have previews. */
    private static void checkKind(JsonNode root, String origin) {
        JsonNode kind = root.get("kind");
        if (kind != null && !KIND.equals(kind.asText())) {
            throw new NotAPreviewStoreException(origin, "it is a " + kind.asText() + " file, not a preview store");
        }
        if (kind == null && (root.has("teams") || !root.path("previews").isArray())) {
            throw new NotAPreviewStoreException(origin, "it is not a preview store (no \"previews\"; an emulator state?)");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
