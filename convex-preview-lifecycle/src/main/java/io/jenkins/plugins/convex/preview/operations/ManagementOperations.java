package io.jenkins.plugins.convex.preview.operations;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.RequestDestination;
import io.jenkins.plugins.convex.client.model.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The spec's operations with a user's parameters (text as typed in a Jenkinsfile or a form) in and
 * {@link OperationMaps} out. Every parameter is checked before any request; a bad one fails with
 * {@link InvalidInputException} naming it (snake_case, as the contract does). An operation that only
 * passes its ids through leaves their checks to the client, which makes them before any request.
 * Optional text parameters are null or blank when not given.
 */
public final class ManagementOperations {

    private final ConvexClient client;

    public ManagementOperations(ConvexClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The team: the given id, else the default; neither fails naming {@code team_id}. */
    public static long teamId(String given, String defaultTeamId) {
        String v = blankToNull(given) != null ? given : blankToNull(defaultTeamId);
        if (v == null) {
            throw new InvalidInputException("team_id", null,
                    "a team id: set teamId on the step or a default team id in the global configuration");
        }
        return Validation.parseId("team_id", v);
    }

    public LinkedHashMap<String, Object> createProject(long teamId, String name, String region, String deploymentClass) {
        Validation.requirePositiveId("team_id", teamId);
        Validation.requireNonBlank("name", name);
        CreateProjectRequest request = new CreateProjectRequest(name.trim(), null,
                blankToNull(region) == null ? null : Region.of(region.trim()),
                blankToNull(deploymentClass) == null ? null : DeploymentClass.of(deploymentClass.trim()));
        return OperationMaps.project(client.createProject(teamId, request));
    }

    public List<LinkedHashMap<String, Object>> listProjects(long teamId) {
        return client.listProjects(teamId).stream().map(OperationMaps::project).toList();
    }

    /** By id, or by team (id or slug) and project slug: exactly one of the two forms. */
    public LinkedHashMap<String, Object> getProject(long projectId, String team, String slug) {
        return OperationMaps.project(findProject(projectId, team, slug));
    }

    private Project findProject(long projectId, String team, String slug) {
        boolean bySlug = blankToNull(slug) != null;
        if (projectId != 0 && bySlug) {
            throw new InvalidInputException("slug", slug, "either project_id, or a team and slug, not both");
        }
        if (bySlug) {
            Validation.requireNonBlank("team_id", team);
            Validation.requireSlug("slug", slug.trim());
            return client.getProjectBySlug(team.trim(), slug.trim());
        }
        if (projectId == 0) {
            throw new InvalidInputException("project_id", null, "a project id, or a team and slug");
        }
        Validation.requirePositiveId("project_id", projectId);
        return client.getProject(projectId);
    }

    /**
     * Deletes a project only when {@code confirm} is its slug: a missing confirmation fails before
     * any request; one that differs from the slug the server reports fails before the delete.
     */
    public LinkedHashMap<String, Object> deleteProject(long projectId, String confirm) {
        Validation.requirePositiveId("project_id", projectId);
        if (blankToNull(confirm) == null) {
            throw new InvalidInputException("confirm", null, "the project's slug, to confirm its deletion (confirm: '<slug>')");
        }
        Project project = client.getProject(projectId);
        if (!confirm.trim().equals(project.slug())) {
            throw new InvalidInputException("confirm", confirm,
                    "the slug of project " + projectId + ", '" + project.slug() + "'; nothing was deleted");
        }
        client.deleteProject(projectId);
        LinkedHashMap<String, Object> m = OperationMaps.project(project);
        m.put("deleted", true);
        return m;
    }

    /** {@code deploymentType} is required; region falls back to {@code defaultRegion}, class to {@code defaultClass}. */
    public LinkedHashMap<String, Object> createDeployment(long projectId, String deploymentType, String region, String deploymentClass) {
        Validation.requirePositiveId("project_id", projectId);
        DeploymentType type = DeploymentType.of(blankToNull(deploymentType) == null ? null : deploymentType.trim());
        Region r = blankToNull(region) == null ? null : Region.of(region.trim());
        DeploymentClass c = blankToNull(deploymentClass) == null ? null : DeploymentClass.of(deploymentClass.trim());
        return OperationMaps.deployment(client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(type, r, c)));
    }

    public List<LinkedHashMap<String, Object>> listDeployments(long projectId) {
        return client.listDeployments(projectId).stream().map(OperationMaps::deployment).toList();
    }

    public LinkedHashMap<String, Object> getDeployment(String deploymentName) {
        return OperationMaps.deployment(client.getDeployment(deploymentName));
    }

    public LinkedHashMap<String, Object> getDefaultProdDeployment(long projectId) {
        return OperationMaps.deployment(client.getDefaultProdDeployment(projectId));
    }

    public List<LinkedHashMap<String, Object>> listDeployKeys(long projectId) {
        return client.listDeployKeys(projectId).stream().map(OperationMaps::listedDeployKey).toList();
    }

    public LinkedHashMap<String, Object> createCustomDomain(String deploymentName, String domain, String requestDestination) {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        CreateCustomDomainRequest request = new CreateCustomDomainRequest(domain,
                RequestDestination.of(blankToNull(requestDestination) == null ? null : requestDestination.trim()));
        return OperationMaps.customDomain(deploymentName, client.createCustomDomain(deploymentName, request));
    }

    public List<LinkedHashMap<String, Object>> listCustomDomains(String deploymentName) {
        return client.listCustomDomains(deploymentName).stream().map(d -> OperationMaps.customDomain(deploymentName, d)).toList();
    }

    public LinkedHashMap<String, Object> deleteCustomDomain(String deploymentName, String domain) {
        client.deleteCustomDomain(deploymentName, domain);
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("domain", domain);
        m.put("deploymentName", deploymentName);
        m.put("deleted", true);
        return m;
    }

    public List<LinkedHashMap<String, Object>> listTeamMembers(long teamId) {
        return client.listTeamMembers(teamId).stream().map(OperationMaps::teamMember).toList();
    }

    /** Returns the token in clear ({@code token}); the caller masks it. */
    public LinkedHashMap<String, Object> createAccessToken(long teamId, String name) {
        Validation.requirePositiveId("team_id", teamId);
        return OperationMaps.accessToken(client.createAccessToken(teamId, new CreateAccessTokenRequest(name)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
