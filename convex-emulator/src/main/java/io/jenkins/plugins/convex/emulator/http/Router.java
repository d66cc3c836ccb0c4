package io.jenkins.plugins.convex.emulator.http;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps method + path template (relative to /v1, {@code {param}} segments) to handlers. A known
 * path with the wrong method is 405, an unknown path 404.
 */
public final class Router {

    private record Route(String method, String[] segments, RouteHandler handler) {
    }

    /** A matched route with its decoded path parameters. */
    public record Match(RouteHandler handler, Map<String, String> pathParams) {
    }

    /** The error code of a 404 for a route of the dialect this server does not speak. */
    public static final String WRONG_DIALECT = "WrongApiDialect";

    private final List<Route> routes = new ArrayList<>();
    private String dialect;
    private Router otherDialect;
    private String otherDialectName;

    /**
     * Names the dialect these routes are and the other dialect's routes, so that a request for one
     * of those is told which dialect this server speaks instead of a bare "no such route".
     */
    public Router dialects(String spoken, String otherName, Router other) {
        this.dialect = spoken;
        this.otherDialectName = otherName;
        this.otherDialect = other;
        return this;
    }

    public Router get(String template, RouteHandler handler) {
        return add("GET", template, handler);
    }

    public Router post(String template, RouteHandler handler) {
        return add("POST", template, handler);
    }

    public Router patch(String template, RouteHandler handler) {
        return add("PATCH", template, handler);
    }

    public Router add(String method, String template, RouteHandler handler) {
        routes.add(new Route(method, split(template), handler));
        return this;
    }

    public Match match(String method, String path) {
        String[] segments = split(path);
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route.handler(), params);
            }
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            throw ApiError.methodNotAllowed(method, "/v1" + path + " (allowed: " + String.join(", ", allowed) + ")");
        }
        if (otherDialect != null && otherDialect.find(method, segments) != null) {
            throw ApiError.notFound(WRONG_DIALECT, "No such route: " + method + " /v1" + path + " is a route of the "
                    + otherDialectName + " dialect; this server speaks the " + dialect + " dialect; use --api-dialect " + dialect);
        }
        throw ApiError.notFound("NotFound", "No such route: " + method + " /v1" + path);
    }

    private Route find(String method, String[] segments) {
        for (Route route : routes) {
            if (route.method().equals(method) && bind(route.segments(), segments) != null) {
                return route;
            }
        }
        return null;
    }

    private static Map<String, String> bind(String[] template, String[] actual) {
        if (template.length != actual.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
            } else if (!t.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
