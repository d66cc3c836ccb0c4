package io.jenkins.plugins.convex.emulator.state;

/** Set {@code name} to {@code value}, or remove it when {@code value} is null; {@code deploymentType} only for defaults. */
public record VariableChange(String deploymentType, String name, String value) {
}
