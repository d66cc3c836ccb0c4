package io.jenkins.plugins.convex.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which API base URLs may receive a team token: https anywhere, plain http only on the loopback
 * interface (the emulator, a local test server). Anything else would send the token in clear text.
 */
public final class ApiUrlPolicy {

    public static final String DEFAULT_API_URL = "https://api.convex.dev/v1";

    private ApiUrlPolicy() {
    }

    /**
     * Returns the URL without a trailing slash, or throws {@link IllegalArgumentException} naming the
     * field, the value and what is allowed.
     */
    public static String requireAllowed(String value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException("apiUrl: '" + value + "' " + problem);
        }
        String trimmed = value.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** A sentence saying why the URL is refused, or null when it is allowed. */
    public static String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "is empty; allowed: an https URL such as " + DEFAULT_API_URL;
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            return "is not a URL; allowed: an https URL such as " + DEFAULT_API_URL;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return "has no host; allowed: an https URL such as " + DEFAULT_API_URL;
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "must not carry user info, a query or a fragment; allowed: an https URL such as " + DEFAULT_API_URL;
        }
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http")) {
            return isLoopback(host) ? null
                    : "uses http on a host that is not loopback; allowed: https, or http only for localhost/127.0.0.1/[::1]";
        }
        return "uses scheme '" + scheme + "'; allowed: https, or http only for localhost/127.0.0.1/[::1]";
    }

    /** Loopback by literal address or the name localhost; never resolves other names (no DNS lookups). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
