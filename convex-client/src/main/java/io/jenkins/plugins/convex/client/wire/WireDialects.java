package io.jenkins.plugins.convex.client.wire;

import io.jenkins.plugins.convex.client.ApiDialect;
import java.util.Optional;

/** The implemented dialects. The live service's (PLATFORM) is not implemented yet (issue 6). */
public final class WireDialects {

    private WireDialects() {
    }

    /** The implementation of a resolved dialect, or empty when this client has none. */
    public static Optional<WireDialect> find(ApiDialect dialect) {
        switch (dialect) {
            case SPEC:
                return Optional.of(SpecDialect.INSTANCE);
            default:
                return Optional.empty();
        }
    }
}
