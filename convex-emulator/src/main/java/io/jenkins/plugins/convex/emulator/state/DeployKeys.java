package io.jenkins.plugins.convex.emulator.state;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.List;

/**
 * Deploy keys of one deployment and project-wide preview deploy keys. Only a secret's hash is
 * kept; a key can be deleted by its id, its name or its secret.
 */
final class DeployKeys {

    private final StateTables tables;
    private final Projects projects;
    private final Deployments deployments;

    DeployKeys(StateTables tables, Projects projects, Deployments deployments) {
        this.tables = tables;
        this.projects = projects;
        this.deployments = deployments;
    }

    /** A key for one deployment of the project; the deployment must belong to it. */
    Created<DeployKey> create(long callerTeam, long projectId, String deploymentName, String name, Long expiresAt,
            List<String> allowedActions) {
        projects.project(callerTeam, projectId);
        Deployment deployment = tables.deployments.get(deploymentName);
        if (deployment == null || deployment.projectId() != projectId) {
            throw ApiError.notFound("DeploymentNotFound", "Deployment '" + deploymentName + "' not found in project " + projectId);
        }
        return add(deployment, name, expiresAt, allowedActions);
    }

    /** A key for the deployment; its name must be unique on the deployment (the live rule). */
    Created<DeployKey> createUniquelyNamed(long callerTeam, String deploymentName, String name, Long expiresAt, List<String> allowedActions) {
        Deployment deployment = deployments.deployment(callerTeam, deploymentName);
        if (tables.deployKeys.values().stream().anyMatch(k -> k.deploymentName().equals(deploymentName) && k.name().equals(name))) {
            throw ApiError.badRequest("DeployKeyNameTaken",
                    "Field 'name' has invalid value '" + name + "': deployment '" + deploymentName + "' already has a deploy key of that name");
        }
        return add(deployment, name, expiresAt, allowedActions);
    }

    List<DeployKey> ofProject(long callerTeam, long projectId) {
        projects.project(callerTeam, projectId);
        return tables.deployKeys.values().stream().filter(k -> k.projectId() == projectId).toList();
    }

    List<DeployKey> ofDeployment(long callerTeam, String deploymentName) {
        deployments.deployment(callerTeam, deploymentName);
        return tables.deployKeys.values().stream().filter(k -> k.deploymentName().equals(deploymentName)).toList();
    }

    void delete(long callerTeam, String deploymentName, String idNameOrSecret) {
        deployments.deployment(callerTeam, deploymentName);
        String hash = Secrets.sha256(idNameOrSecret);
        boolean removed = tables.deployKeys.values().removeIf(k -> k.deploymentName().equals(deploymentName)
                && identifies(idNameOrSecret, hash, k.id(), k.name(), k.secretHash()));
        if (!removed) {
            throw ApiError.notFound("DeployKeyNotFound", "No deploy key with that id, name or value on deployment '" + deploymentName + "'");
        }
    }

    /** A project-wide preview deploy key, {@code preview:<team-slug>:<project-slug>|<secret>}; names are unique per project. */
    Created<PreviewDeployKey> createPreview(long callerTeam, long projectId, String name, Long expiresAt) {
        Project project = projects.project(callerTeam, projectId);
        if (tables.previewDeployKeys.values().stream().anyMatch(k -> k.projectId() == projectId && k.name().equals(name))) {
            throw ApiError.badRequest("DeployKeyNameTaken",
                    "Field 'name' has invalid value '" + name + "': project " + projectId + " already has a preview deploy key of that name");
        }
        Team team = tables.teams.get(project.teamId());
        String secret = "preview:" + team.slug() + ":" + project.slug() + "|" + Secrets.random(24);
        PreviewDeployKey key = new PreviewDeployKey(tables.nextId(), projectId, name, tables.now(), tables.creatorIn(project.teamId()),
                expiresAt, Secrets.sha256(secret));
        tables.previewDeployKeys.put(key.id(), key);
        return new Created<>(key, secret);
    }

    List<PreviewDeployKey> previewKeysOf(long callerTeam, long projectId) {
        projects.project(callerTeam, projectId);
        return tables.previewDeployKeys.values().stream().filter(k -> k.projectId() == projectId).toList();
    }

    void deletePreview(long callerTeam, long projectId, String idNameOrSecret) {
        projects.project(callerTeam, projectId);
        String hash = Secrets.sha256(idNameOrSecret);
        boolean removed = tables.previewDeployKeys.values().removeIf(k -> k.projectId() == projectId
                && identifies(idNameOrSecret, hash, k.id(), k.name(), k.secretHash()));
        if (!removed) {
            throw ApiError.notFound("PreviewDeployKeyNotFound", "No preview deploy key with that id, name or value in project " + projectId);
        }
    }

    /**
     * The deployment's Deployment API accepts only a valid deploy key of that very deployment: a
     * missing, unknown, expired key or one of another deployment is 401. An unknown deployment is 404.
     */
    Deployment authenticate(String deploymentName, String secret) {
        Deployment deployment = tables.deployments.get(deploymentName);
        if (deployment == null) {
            throw ApiError.notFound("DeploymentNotFound", "Deployment '" + deploymentName + "' not found");
        }
        String hash = secret == null ? null : Secrets.sha256(secret);
        long now = tables.now();
        boolean valid = hash != null && tables.deployKeys.values().stream().anyMatch(k -> k.deploymentName().equals(deploymentName)
                && k.secretHash().equals(hash) && (k.expiresAt() == null || k.expiresAt() > now));
        if (!valid) {
            throw new ApiError(401, "BadDeployKey", "Missing or invalid deploy key for deployment '" + deploymentName
                    + "' in the Authorization header (expected: Convex <deploy key of this deployment>)");
        }
        return deployment;
    }

    private Created<DeployKey> add(Deployment deployment, String name, Long expiresAt, List<String> allowedActions) {
        long id = tables.nextId();
        String keyName = name == null ? "deploy-key-" + id : name;
        String secret = deployment.deploymentType() + ":" + deployment.name() + "|" + Secrets.random(24);
        DeployKey key = new DeployKey(id, deployment.projectId(), deployment.name(), keyName, tables.now(),
                tables.creatorIn(tables.projects.get(deployment.projectId()).teamId()), expiresAt,
                allowedActions == null ? null : List.copyOf(allowedActions), Secrets.sha256(secret));
        tables.deployKeys.put(id, key);
        return new Created<>(key, secret);
    }

    /** Whether the caller's {@code idNameOrSecret} (whose hash is {@code hash}) names this key. */
    private static boolean identifies(String idNameOrSecret, String hash, long id, String name, String secretHash) {
        return Long.toString(id).equals(idNameOrSecret) || name.equals(idNameOrSecret) || hash.equals(secretHash);
    }
}
