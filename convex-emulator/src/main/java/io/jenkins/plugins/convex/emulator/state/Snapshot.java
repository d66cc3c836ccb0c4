package io.jenkins.plugins.convex.emulator.state;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        // Left out while empty: a state without variables is written as before they existed.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EnvironmentVariable> environmentVariables,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DefaultVariable> defaultEnvironmentVariables) {

    public static final int CURRENT_VERSION = 1;
}
