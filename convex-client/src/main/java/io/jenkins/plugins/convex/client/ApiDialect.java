package io.jenkins.plugins.convex.client;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Which wire format a server speaks. {@link #SPEC} is the project's contract (snake_case, the
 * emulator); {@link #PLATFORM} is the live service's own API; {@link #AUTO} picks by host.
 */
public enum ApiDialect {
    AUTO,
    SPEC,
    PLATFORM;

    /** Hosts of the live service, which speak the {@link #PLATFORM} dialect. */
    private static final Set<String> PLATFORM_HOSTS = Set.of("api.convex.dev", "provision.convex.dev");

    /** This dialect with {@link #AUTO} resolved for the given base URL; never returns AUTO. */
    public ApiDialect resolveFor(HttpUrl baseUrl) {
        if (this != AUTO) {
            return this;
        }
        return PLATFORM_HOSTS.contains(baseUrl.host().toLowerCase(Locale.ROOT)) ? PLATFORM : SPEC;
    }
}
