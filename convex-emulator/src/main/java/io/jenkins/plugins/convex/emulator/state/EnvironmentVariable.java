package io.jenkins.plugins.convex.emulator.state;

/** One environment variable of a deployment. Emulator values are test data, kept as they are. */
public record EnvironmentVariable(String deploymentName, String name, String value) {

    @Override
    public String toString() {
        return "EnvironmentVariable[deploymentName=" + deploymentName + ", name=" + name + "]";
    }
}
