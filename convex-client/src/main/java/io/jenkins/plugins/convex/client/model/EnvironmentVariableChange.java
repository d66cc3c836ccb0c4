package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;

/**
 * One change of a deployment's environment variables: set {@code name} to {@code value}, or remove
 * it when {@code value} is null. {@link #toString()} never shows the value (it may be a secret).
 */
public record EnvironmentVariableChange(String name, String value) {

    public EnvironmentVariableChange {
        EnvironmentVariableName.require("name", name);
    }

    public static EnvironmentVariableChange set(String name, String value) {
        if (value == null) {
            throw new InvalidInputException("value", null, "a text (use unset to remove " + name + ")");
        }
        return new EnvironmentVariableChange(name, value);
    }

    public static EnvironmentVariableChange unset(String name) {
        return new EnvironmentVariableChange(name, null);
    }

    public boolean removes() {
        return value == null;
    }

    @Override
    public String toString() {
        return "EnvironmentVariableChange[name=" + name + (removes() ? ", unset" : ", value=****") + "]";
    }
}
