package io.jenkins.plugins.convex.emulator.state;

/** A project's default environment variable for new deployments of one type. */
public record DefaultVariable(long projectId, String deploymentType, String name, String value) {

    @Override
    public String toString() {
        return "DefaultVariable[projectId=" + projectId + ", deploymentType=" + deploymentType + ", name=" + name + "]";
    }
}
