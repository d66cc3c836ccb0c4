package io.jenkins.plugins.convex.client.wire;

import io.jenkins.plugins.convex.client.ApiDialect;
import java.util.Optional;

/** The implemented dialects: the contract's (SPEC) and the live service's (PLATFORM). */
public final class WireDialects {

    private WireDialects() {
    }

    /** The implementation of a resolved dialect, or empty when this client has none. */
    public static Optional<WireDialect> find(ApiDialect dialect) {
        switch (dialect) {
            case SPEC:
                return Optional.of(SpecDialect.INSTANCE);
            case PLATFORM:
                return Optional.of(PlatformDialect.INSTANCE);
            default:
                return Optional.empty();
        }
    }
}
