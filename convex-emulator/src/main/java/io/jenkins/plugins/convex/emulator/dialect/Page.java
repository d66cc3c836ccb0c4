package io.jenkins.plugins.convex.emulator.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.http.ApiRequest;
import io.jenkins.plugins.convex.emulator.http.Json;
import java.util.List;
import java.util.function.Function;

/**
 * The live service's pagination: {@code ?cursor&limit} in, {@code {items, pagination:{hasMore,
 * nextCursor}}} out. The emulator's cursor is an opaque string (an offset), valid for one listing.
 */
final class Page {

    static final int MAX_LIMIT = 100;

    private Page() {
    }

    static <T> ObjectNode of(ApiRequest request, List<T> all, Function<T, ? extends JsonNode> shape) {
        int offset = cursor(request.query("cursor"));
        int limit = limit(request.query("limit"));
        int end = (int) Math.min((long) offset + limit, all.size());
        ArrayNode items = Json.array();
        for (int i = Math.min(offset, all.size()); i < end; i++) {
            items.add(shape.apply(all.get(i)));
        }
        boolean hasMore = end < all.size();
        ObjectNode pagination = Json.object().put("hasMore", hasMore);
        if (hasMore) {
            pagination.put("nextCursor", Integer.toString(end));
        }
        ObjectNode page = Json.object();
        page.set("items", items);
        page.set("pagination", pagination);
        return page;
    }

    private static int cursor(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(text);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal
        }
        throw ApiError.invalidField("cursor", text, "a nextCursor value from a previous page");
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return MAX_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal
        }
        throw ApiError.invalidField("limit", text, "an integer from 1 to " + MAX_LIMIT);
    }
}
