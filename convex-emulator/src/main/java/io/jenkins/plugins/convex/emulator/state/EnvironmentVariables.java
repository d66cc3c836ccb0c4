package io.jenkins.plugins.convex.emulator.state;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Environment variables: a project's defaults per deployment type, and each deployment's own, which
 * a new deployment takes from the defaults of its type (as the live service does).
 */
final class EnvironmentVariables {

    private final StateTables tables;
    private final Projects projects;

    EnvironmentVariables(StateTables tables, Projects projects) {
        this.tables = tables;
        this.projects = projects;
    }

    List<DefaultVariable> defaultsOf(long callerTeam, long projectId) {
        projects.project(callerTeam, projectId);
        return tables.defaultVariables.stream().filter(v -> v.projectId() == projectId).toList();
    }

    /** Applies the changes in order; removing an absent variable does nothing. */
    void updateDefaults(long callerTeam, long projectId, List<VariableChange> changes) {
        projects.project(callerTeam, projectId);
        for (VariableChange c : changes) {
            tables.defaultVariables.removeIf(v -> v.projectId() == projectId && v.deploymentType().equals(c.deploymentType())
                    && v.name().equals(c.name()));
            if (c.value() != null) {
                tables.defaultVariables.add(new DefaultVariable(projectId, c.deploymentType(), c.name(), c.value()));
            }
        }
    }

    /** The deployment's variables, sorted by name. */
    Map<String, String> of(String deploymentName) {
        Map<String, String> out = new TreeMap<>();
        tables.environmentVariables.stream().filter(v -> v.deploymentName().equals(deploymentName)).forEach(v -> out.put(v.name(), v.value()));
        return out;
    }

    void update(String deploymentName, List<VariableChange> changes) {
        for (VariableChange c : changes) {
            tables.environmentVariables.removeIf(v -> v.deploymentName().equals(deploymentName) && v.name().equals(c.name()));
            if (c.value() != null) {
                tables.environmentVariables.add(new EnvironmentVariable(deploymentName, c.name(), c.value()));
            }
        }
    }
}
