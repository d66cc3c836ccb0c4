package io.jenkins.plugins.convex.client.model;

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

    /** Parses a user's value, failing with the field name {@code deployment_class} and the allowed values. */
    public static DeploymentClass of(String value) {
        return WireEnum.parse(DeploymentClass.class, "deployment_class", value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
