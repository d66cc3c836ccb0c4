package io.jenkins.plugins.convex.client.wire;

import io.jenkins.plugins.convex.client.ApiDialect;

/** The implemented dialects: the contract's (SPEC) and the live service's (PLATFORM). */
public final class WireDialects {

    private WireDialects() {
    }

    /** The implementation of a resolved dialect ({@link ApiDialect#resolveFor} never yields AUTO). */
    public static WireDialect of(ApiDialect resolved) {
        return switch (resolved) {
            case SPEC -> SpecDialect.INSTANCE;
            case PLATFORM -> PlatformDialect.INSTANCE;
            case AUTO -> throw new IllegalArgumentException("AUTO must be resolved against the base URL first");
        };
    }
}
