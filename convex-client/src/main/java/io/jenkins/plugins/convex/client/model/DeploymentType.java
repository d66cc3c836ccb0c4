package io.jenkins.plugins.convex.client.model;

/** The type of a deployment environment. */
public enum DeploymentType implements WireEnum {
    DEV("dev"),
    PROD("prod"),
    PREVIEW("preview"),
    CUSTOM("custom");

    private final String wireValue;

    DeploymentType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses a user's value, failing with the field name {@code deployment_type} and the allowed values. */
    public static DeploymentType of(String value) {
        return WireEnum.parse(DeploymentType.class, "deployment_type", value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
