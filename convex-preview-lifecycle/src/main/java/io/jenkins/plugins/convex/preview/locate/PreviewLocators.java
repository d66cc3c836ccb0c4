package io.jenkins.plugins.convex.preview.locate;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import java.time.Duration;

/** The locator a client's dialect calls for. */
public final class PreviewLocators {

    private PreviewLocators() {
    }

    /**
     * {@link ServerReferenceLocator} for the live service's dialect (identity as reference, optional
     * expiry), {@link StoredRecordLocator} for the spec's (which has neither).
     *
     * @param expiry how long a preview lives after its last create-or-reuse, or null for the server's default
     * @throws IllegalArgumentException with an expiry on the spec dialect, which has none
     */
    public static PreviewLocator forClient(ConvexClient client, Duration expiry) {
        if (client.dialect() == ApiDialect.PLATFORM) {
            return new ServerReferenceLocator(client, expiry);
        }
        if (expiry != null) {
            throw new IllegalArgumentException("A preview expiry needs the platform API dialect (the live service's); the spec dialect has none");
        }
        return new StoredRecordLocator(client);
    }
}
