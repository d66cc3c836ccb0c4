package io.jenkins.plugins.convex.client.model;

/** A team member's role. */
public enum TeamRole implements WireEnum {
    ADMIN("admin"),
    DEVELOPER("developer");

    private final String wireValue;

    TeamRole(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses a user's value, failing with the field name {@code role} and the allowed values. */
    public static TeamRole of(String value) {
        return WireEnum.parse(TeamRole.class, "role", value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
