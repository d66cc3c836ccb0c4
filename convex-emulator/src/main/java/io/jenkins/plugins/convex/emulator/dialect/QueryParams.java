package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.http.ApiRequest;
import java.util.Collection;
import java.util.Locale;

/** Typed, validating access to query parameters; each refusal is a 400 naming the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    static Boolean bool(ApiRequest request, String name) {
        String value = request.query(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ApiError.invalidField(name, value, "true or false");
    }

    static Long number(ApiRequest request, String name) {
        String value = request.query(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalidField(name, value, "an integer");
        }
    }

    static String oneOf(ApiRequest request, String name, Collection<String> allowed) {
        String value = request.query(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ApiError.invalidField(name, value, "one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** Whether an absent or empty search text {@code q}, or one of the texts contains it, ignoring case. */
    static boolean searchMatches(String q, String... texts) {
        if (q == null || q.isEmpty()) {
            return true;
        }
        String wanted = q.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
