package io.jenkins.plugins.convex.emulator.state;

/** A new project and, when a region was asked for, its initial prod deployment (else null). */
public record CreatedProject(Project project, Deployment deployment) {
}
