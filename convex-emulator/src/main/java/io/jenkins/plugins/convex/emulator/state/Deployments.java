package io.jenkins.plugins.convex.emulator.state;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cloud deployments: their generated names, unique references per project, default flags and
 * expiry (a deployment past its expiry is gone, as on the live service).
 */
final class Deployments {

    private static final Comparator<Deployment> OLDEST = Comparator.comparingLong(Deployment::createTime).thenComparingLong(Deployment::id);

    private final StateTables tables;
    private final TeamsAndTokens teams;
    private final Projects projects;
    private final DeploymentNames names;

    Deployments(StateTables tables, TeamsAndTokens teams, Projects projects, DeploymentNames names) {
        this.tables = tables;
        this.teams = teams;
        this.projects = projects;
        this.names = names;
    }

    Deployment create(long callerTeam, long projectId, NewDeployment request) {
        return add(projects.project(callerTeam, projectId), request);
    }

    Deployment add(Project project, NewDeployment request) {
        if (request.reference() != null) {
            requireFreeReference(project.id(), request.reference());
        }
        Boolean flag = switch (request.defaultRule()) {
            case OLDEST_REMAINING -> null;
            case NO -> false;
            case IF_NONE -> defaultOf(project.id(), request.deploymentType()).isEmpty();
            case YES -> {
                requireNoDefault(project.id(), request.deploymentType());
                yield true;
            }
        };
        String name = names.next(tables.deployments::containsKey);
        String reference = request.reference() != null ? request.reference() : request.deploymentType() + "/" + name;
        Deployment deployment = new Deployment(tables.nextId(), project.id(), name, request.deploymentType(), request.deploymentClass(),
                request.region(), tables.now(), tables.creatorIn(project.teamId()), reference, request.expiresAt(), flag);
        tables.deployments.put(name, deployment);
        tables.seedEnvironment(deployment);
        return deployment;
    }

    List<Deployment> ofProject(long callerTeam, long projectId) {
        projects.project(callerTeam, projectId);
        return tables.deploymentsOf(projectId);
    }

    List<Deployment> ofTeam(long callerTeam, long teamId) {
        teams.team(callerTeam, teamId);
        return tables.deployments.values().stream()
                .filter(d -> tables.projects.get(d.projectId()).teamId() == teamId)
                .toList();
    }

    Deployment deployment(long callerTeam, String name) {
        Deployment deployment = tables.deployments.get(name);
        if (deployment == null || tables.projects.get(deployment.projectId()).teamId() != callerTeam) {
            throw ApiError.notFound("DeploymentNotFound", "Deployment '" + name + "' not found");
        }
        return deployment;
    }

    void delete(long callerTeam, String name) {
        deployment(callerTeam, name);
        tables.removeDeployment(name);
    }

    Optional<Deployment> defaultDeployment(long callerTeam, long projectId, String type) {
        projects.project(callerTeam, projectId);
        return defaultOf(projectId, type);
    }

    boolean isDefault(Deployment deployment) {
        if (deployment.isDefault() != null) {
            return deployment.isDefault();
        }
        return defaultOf(deployment.projectId(), deployment.deploymentType()).map(d -> d.id() == deployment.id()).orElse(false);
    }

    Optional<Deployment> byReference(long callerTeam, long projectId, String reference) {
        projects.project(callerTeam, projectId);
        return tables.deploymentsOf(projectId).stream().filter(d -> reference.equals(d.reference())).findFirst();
    }

    Deployment update(long callerTeam, String name, DeploymentUpdate update) {
        Deployment deployment = deployment(callerTeam, name);
        if (update.reference() != null && !update.reference().equals(deployment.reference())) {
            requireFreeReference(deployment.projectId(), update.reference());
            deployment = deployment.withReference(update.reference());
        }
        if (update.expiresAt() != null || update.clearExpiry()) {
            deployment = deployment.withExpiresAt(update.expiresAt());
        }
        if (update.deploymentClass() != null) {
            deployment = deployment.withClass(update.deploymentClass());
        }
        if (Boolean.TRUE.equals(update.isDefault()) && !isDefault(deployment)) {
            requireNoDefault(deployment.projectId(), deployment.deploymentType());
            deployment = deployment.withDefault(true);
        } else if (Boolean.FALSE.equals(update.isDefault())) {
            deployment = deployment.withDefault(false);
        }
        tables.deployments.put(name, deployment);
        return deployment;
    }

    /** Removes the deployments past their expiry; true when there were any. */
    boolean purgeExpired() {
        long now = tables.now();
        List<String> expired = tables.deployments.values().stream()
                .filter(d -> d.expiresAt() != null && d.expiresAt() <= now)
                .map(Deployment::name)
                .toList();
        expired.forEach(tables::removeDeployment);
        return !expired.isEmpty();
    }

    /** The oldest deployment of the type flagged default, else (the spec's rule) the oldest without a flag. */
    private Optional<Deployment> defaultOf(long projectId, String type) {
        List<Deployment> ofType = tables.deploymentsOf(projectId).stream().filter(d -> d.isOfType(type)).toList();
        Optional<Deployment> flagged = ofType.stream().filter(d -> Boolean.TRUE.equals(d.isDefault())).min(OLDEST);
        return flagged.isPresent() ? flagged : ofType.stream().filter(d -> d.isDefault() == null).min(OLDEST);
    }

    private void requireNoDefault(long projectId, String type) {
        defaultOf(projectId, type).ifPresent(d -> {
            throw ApiError.badRequest("DefaultDeploymentExists",
                    "Field 'isDefault' cannot be true: deployment '" + d.name() + "' is already the project's default " + type + " deployment");
        });
    }

    private void requireFreeReference(long projectId, String reference) {
        if (tables.deploymentsOf(projectId).stream().anyMatch(d -> reference.equals(d.reference()))) {
            throw ApiError.badRequest("DeploymentReferenceTaken",
                    "Field 'reference' has invalid value '" + reference + "': another deployment of this project already uses it");
        }
    }
}
