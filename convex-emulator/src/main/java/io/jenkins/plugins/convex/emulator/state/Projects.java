package io.jenkins.plugins.convex.emulator.state;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.List;

/** A team's projects, found by id or by team and slug; another team's projects are not found. */
final class Projects {

    private final StateTables tables;
    private final TeamsAndTokens teams;

    Projects(StateTables tables, TeamsAndTokens teams) {
        this.tables = tables;
        this.teams = teams;
    }

    /** A new project with a slug unique in its team. */
    Project create(long callerTeam, long teamId, String name) {
        teams.team(callerTeam, teamId);
        String slug = Slugs.unique(name, s -> tables.projects.values().stream().anyMatch(p -> p.teamId() == teamId && p.slug().equals(s)));
        Project project = new Project(tables.nextId(), teamId, name, slug, tables.now());
        tables.projects.put(project.id(), project);
        return project;
    }

    List<Project> ofTeam(long callerTeam, long teamId) {
        teams.team(callerTeam, teamId);
        return tables.projects.values().stream().filter(p -> p.teamId() == teamId).toList();
    }

    Project project(long callerTeam, long projectId) {
        Project project = tables.projects.get(projectId);
        if (project == null || project.teamId() != callerTeam) {
            throw ApiError.notFound("ProjectNotFound", "Project " + projectId + " not found");
        }
        return project;
    }

    Project projectBySlug(long callerTeam, String teamIdOrSlug, String slug) {
        Team team = teams.teamByIdOrSlug(callerTeam, teamIdOrSlug);
        return tables.projects.values().stream()
                .filter(p -> p.teamId() == team.id() && p.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("ProjectNotFound", "Project '" + slug + "' not found in team '" + teamIdOrSlug + "'"));
    }

    /** Deletes the project with all its deployments (and their keys, domains, variables), its preview deploy keys and default variables. */
    void delete(long callerTeam, long projectId) {
        project(callerTeam, projectId);
        tables.deploymentsOf(projectId).forEach(d -> tables.removeDeployment(d.name()));
        tables.previewDeployKeys.values().removeIf(k -> k.projectId() == projectId);
        tables.defaultVariables.removeIf(v -> v.projectId() == projectId);
        tables.projects.remove(projectId);
    }
}
