package io.jenkins.plugins.convex.emulator;

/**
 * Which reading of the API an emulator instance speaks. One per instance: several routes of the
 * two collide ({@code /projects/{id}/deployment/...}).
 */
public enum EmulatorDialect {
    /** The contract (docs/contract.md): its 17 routes, snake_case. */
    SPEC,
    /** The live service's routes and camelCase shapes. */
    PLATFORM;

    /** Parses "spec" or "platform" (any case), with a message naming what is allowed. */
    public static EmulatorDialect parse(String text) {
        for (EmulatorDialect d : values()) {
            if (d.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown emulator dialect '" + text + "': expected spec or platform");
    }
}
