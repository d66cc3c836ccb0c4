package io.jenkins.plugins.convex.emulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Everything the emulator knows, in insertion order (listings and the state file keep that order),
 * with the id counter and the clock. Not thread-safe: only touched under {@link EmulatorState}'s lock.
 */
final class StateTables {

    /** Ids start above 2^32 so that nobody gets away with storing them in an int. */
    static final long FIRST_ID = (1L << 32) + 1000;

    final Map<Long, Team> teams = new LinkedHashMap<>();
    final Map<Long, Member> members = new LinkedHashMap<>();
    final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    final Map<Long, Project> projects = new LinkedHashMap<>();
    final Map<String, Deployment> deployments = new LinkedHashMap<>();
    final Map<Long, DeployKey> deployKeys = new LinkedHashMap<>();
    final Map<Long, PreviewDeployKey> previewDeployKeys = new LinkedHashMap<>();
    final List<CustomDomain> customDomains = new ArrayList<>();
    final List<EnvironmentVariable> environmentVariables = new ArrayList<>();
    final List<DefaultVariable> defaultVariables = new ArrayList<>();
    private final LongSupplier clock;
    private long nextId = FIRST_ID;

    StateTables(LongSupplier clock) {
        this.clock = clock;
    }

    long nextId() {
        return nextId++;
    }

    long now() {
        return clock.getAsLong();
    }

    /** Who "created" things: the team's first member (tokens act for the team, not a person). */
    Long creatorIn(long teamId) {
        return members.values().stream().filter(m -> m.teamId() == teamId).findFirst().map(Member::id).orElse(null);
    }

    List<Deployment> deploymentsOf(long projectId) {
        return deployments.values().stream().filter(d -> d.projectId() == projectId).toList();
    }

    /** Removes the deployment with its deploy keys and custom domains. */
    void removeDeployment(String name) {
        deployments.remove(name);
        deployKeys.values().removeIf(k -> k.deploymentName().equals(name));
        customDomains.removeIf(c -> c.deploymentName().equals(name));
        environmentVariables.removeIf(v -> v.deploymentName().equals(name));
    }

    /** A new deployment starts with its project's default variables for its type. */
    void seedEnvironment(Deployment deployment) {
        defaultVariables.stream()
                .filter(v -> v.projectId() == deployment.projectId() && v.deploymentType().equals(deployment.deploymentType()))
                .forEach(v -> environmentVariables.add(new EnvironmentVariable(deployment.name(), v.name(), v.value())));
    }

    Snapshot snapshot() {
        return new Snapshot(Snapshot.CURRENT_VERSION, nextId, List.copyOf(teams.values()), List.copyOf(members.values()),
                List.copyOf(tokens.values()), List.copyOf(projects.values()), List.copyOf(deployments.values()),
                List.copyOf(deployKeys.values()), List.copyOf(previewDeployKeys.values()), List.copyOf(customDomains),
                List.copyOf(environmentVariables), List.copyOf(defaultVariables));
    }

    /** Fills the empty tables from a state file; older files lack preview deploy keys and variables. */
    void restore(Snapshot s) {
        nextId = Math.max(FIRST_ID, s.nextId());
        s.teams().forEach(t -> teams.put(t.id(), t));
        s.members().forEach(m -> members.put(m.id(), m));
        s.tokens().forEach(t -> tokens.put(t.token(), t));
        s.projects().forEach(p -> projects.put(p.id(), p));
        s.deployments().forEach(d -> deployments.put(d.name(), d));
        s.deployKeys().forEach(k -> deployKeys.put(k.id(), k));
        if (s.previewDeployKeys() != null) {
            s.previewDeployKeys().forEach(k -> previewDeployKeys.put(k.id(), k));
        }
        customDomains.addAll(s.customDomains());
        if (s.environmentVariables() != null) {
            environmentVariables.addAll(s.environmentVariables());
        }
        if (s.defaultEnvironmentVariables() != null) {
            defaultVariables.addAll(s.defaultEnvironmentVariables());
        }
    }
}
