package io.jenkins.plugins.convex.client.http;

import io.jenkins.plugins.convex.client.wire.CallKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

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

    /** Connection refused, unknown host, no route: nothing reached the server. */
    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }
}
