package io.jenkins.plugins.convex.client.model;

/** A cloud region a deployment runs in. */
public enum Region implements WireEnum {
    AWS_US_EAST_1("aws-us-east-1"),
    AWS_EU_WEST_1("aws-eu-west-1");

    private final String wireValue;

    Region(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses a user's value, failing with the field name {@code region} and the allowed values. */
    public static Region of(String value) {
        return WireEnum.parse(Region.class, "region", value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
