package io.jenkins.plugins.convex.preview;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who created a preview, as recorded in the store. */
public final class Creator {

    private Creator() {
    }

    /** {@code user@host}: the command line's creator. */
    public static String userAtHost() {
        String user = System.getProperty("user.name", "unknown");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
        return user + "@" + host;
    }
}
