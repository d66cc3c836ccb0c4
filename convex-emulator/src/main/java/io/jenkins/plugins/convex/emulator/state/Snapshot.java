package io.jenkins.plugins.convex.emulator.state;

import java.util.List;

/** Everything the emulator knows, as written to and read from a state file. */
public record Snapshot(
        int version,
        long nextId,
        List<Team> teams,
        List<Member> members,
        List<AccessToken> tokens,
        List<Project> projects,
        List<Deployment> deployments,
        List<DeployKey> deployKeys,
        List<PreviewDeployKey> previewDeployKeys,
        List<CustomDomain> customDomains,
        List<EnvironmentVariable> environmentVariables,
        List<DefaultVariable> defaultEnvironmentVariables) {

    public static final int CURRENT_VERSION = 1;
}
