package io.jenkins.plugins.convex.client.model;

/** Where requests to a custom domain go: the function API or HTTP actions. */
public enum RequestDestination implements WireEnum {
    CONVEX_CLOUD("convexCloud"),
    CONVEX_SITE("convexSite");

    private final String wireValue;

    RequestDestination(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses a user's value, failing with the field name {@code request_destination} and the allowed values. */
    public static RequestDestination of(String value) {
        return WireEnum.parse(RequestDestination.class, "request_destination", value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
