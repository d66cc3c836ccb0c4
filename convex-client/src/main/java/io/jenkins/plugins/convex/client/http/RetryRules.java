package io.jenkins.plugins.convex.client.http;

import io.jenkins.plugins.convex.client.wire.CallKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Which failed attempts may be repeated, by the kind of call. */
final class RetryRules {

    private RetryRules() {
    }

    /**
     * 429 and 503 mean the server did not act, so anything may be repeated; 502 and 504 come from
     * a gateway that may have passed the request on, so only reads and deletes are repeated.
     */
    static boolean retriesStatus(CallKind kind, int status) {
        if (status == 429 || status == 503) {
            return true;
        }
        return (status == 502 || status == 504) && kind != CallKind.CREATE;
    }

    /** A create is repeated only when the request provably never left this machine. */
    static boolean retriesFailure(CallKind kind, IOException failure) {
        return kind != CallKind.CREATE || neverSent(failure);
    }

    /**
     * Connection refused, unknown host, no route, connect timeout: no connection, so nothing
     * reached the server. (A read timeout or a reset proves nothing either way.)
     */
    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return true;
            }
            if (t instanceof SocketTimeoutException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).startsWith("connect timed out")) {
                return true;
            }
        }
        return false;
    }
}
