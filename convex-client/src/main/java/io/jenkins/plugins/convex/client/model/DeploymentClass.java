package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;

/** The compute class of a deployment. {@code d2048} exists only on the live service (the PLATFORM dialect). */
public enum DeploymentClass implements WireEnum {
    S16("s16"),
    S256("s256"),
    D1024("d1024"),
    D2048("d2048");

    private final String wireValue;

    DeploymentClass(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The classes by dialect, as error messages and help texts list them. */
    public static final String ALLOWED = "s16, s256, d1024 on the spec dialect; s16, s256, d1024, d2048 on the platform dialect";
    /** What the spec dialect takes. */
    public static final String ALLOWED_ON_SPEC = "s16, s256, d1024 on the spec dialect (d2048 only on the platform dialect)";

    /** Parses a user's value, failing with the field name {@code deployment_class} and the classes of each dialect. */
    public static DeploymentClass of(String value) {
        for (DeploymentClass c : values()) {
            if (c.wireValue.equals(value)) {
                return c;
            }
        }
        throw new InvalidInputException("deployment_class", value, ALLOWED);
    }

    /** Refuses (field {@code deployment_class}) a class the spec dialect lacks; null passes. */
    public static void requireOnSpec(DeploymentClass deploymentClass) {
        if (deploymentClass == D2048) {
            throw new InvalidInputException("deployment_class", deploymentClass.wireValue, ALLOWED_ON_SPEC);
        }
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
