package io.jenkins.plugins.convex.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The client's version, from a resource Maven filters at build time. */
public final class ClientVersion {

    private static final String VERSION = load();

    private ClientVersion() {
    }

    public static String version() {
        return VERSION;
    }

    /** The User-Agent product token: {@code convex-preview-client/<version>}. */
    public static String userAgent() {
        return "convex-preview-client/" + VERSION;
    }

    private static String load() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("client.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                // An unfiltered resource (an IDE build) still yields a usable token.
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "unknown";
    }
}
