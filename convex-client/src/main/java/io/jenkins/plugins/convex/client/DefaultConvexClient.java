package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariable;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.TeamMember;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClassInfo;
import io.jenkins.plugins.convex.client.model.DeploymentReference;
import io.jenkins.plugins.convex.client.model.DeploymentRegionInfo;
import io.jenkins.plugins.convex.client.model.PreviewDeployKey;
import io.jenkins.plugins.convex.client.model.TokenDetails;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import io.jenkins.plugins.convex.client.wire.WireDialect;
import io.jenkins.plugins.convex.client.wire.WireTransport;
import java.util.List;
import java.util.Objects;

/** Checks every argument before anything is sent, then hands the call to the dialect. */
final class DefaultConvexClient implements ConvexClient {

    private final WireDialect dialect;
    private final WireTransport http;
    private final String description;

    DefaultConvexClient(WireDialect dialect, WireTransport http, String description) {
        this.dialect = dialect;
        this.http = http;
        this.description = description;
    }

    @Override
    public Project createProject(long teamId, CreateProjectRequest request) {
        teamId(teamId);
        return dialect.createProject(http, teamId, body(request));
    }

    @Override
    public List<Project> listProjects(long teamId) {
        return dialect.listProjects(http, teamId(teamId));
    }

    @Override
    public Project getProject(long projectId) {
        return dialect.getProject(http, projectId(projectId));
    }

    @Override
    public Project getProjectBySlug(String teamIdOrSlug, String projectSlug) {
        Validation.requireSlug("team_id_or_slug", teamIdOrSlug);
        Validation.requireSlug("project_slug", projectSlug);
        return dialect.getProjectBySlug(http, teamIdOrSlug, projectSlug);
    }

    @Override
    public void deleteProject(long projectId) {
        dialect.deleteProject(http, projectId(projectId));
    }

    @Override
    public Deployment createCloudDeployment(long projectId, CreateCloudDeploymentRequest request) {
        projectId(projectId);
        return dialect.createCloudDeployment(http, projectId, body(request));
    }

    @Override
    public List<Deployment> listDeployments(long projectId) {
        return dialect.listDeployments(http, projectId(projectId));
    }

    @Override
    public Deployment getDeployment(String deploymentName) {
        return dialect.getDeployment(http, deploymentName(deploymentName));
    }

    @Override
    public void deleteDeployment(String deploymentName) {
        dialect.deleteDeployment(http, deploymentName(deploymentName));
    }

    @Override
    public Deployment getDefaultProdDeployment(long projectId) {
        return dialect.getDefaultProdDeployment(http, projectId(projectId));
    }

    @Override
    public DeployKey createDeployKey(long projectId, CreateDeployKeyRequest request) {
        projectId(projectId);
        return dialect.createDeployKey(http, projectId, body(request));
    }

    @Override
    public List<DeployKey> listDeployKeys(long projectId) {
        return dialect.listDeployKeys(http, projectId(projectId));
    }

    @Override
    public CustomDomain createCustomDomain(String deploymentName, CreateCustomDomainRequest request) {
        deploymentName(deploymentName);
        return dialect.createCustomDomain(http, deploymentName, body(request));
    }

    @Override
    public List<CustomDomain> listCustomDomains(String deploymentName) {
        return dialect.listCustomDomains(http, deploymentName(deploymentName));
    }

    @Override
    public void deleteCustomDomain(String deploymentName, String domain) {
        deploymentName(deploymentName);
        Validation.requireDomain("domain", domain);
        dialect.deleteCustomDomain(http, deploymentName, domain);
    }

    @Override
    public List<TeamMember> listTeamMembers(long teamId) {
        return dialect.listTeamMembers(http, teamId(teamId));
    }

    @Override
    public AccessToken createAccessToken(long teamId, CreateAccessTokenRequest request) {
        teamId(teamId);
        return dialect.createAccessToken(http, teamId, body(request));
    }

    @Override
    public ApiDialect dialect() {
        return dialect.dialect();
    }

    @Override
    public Deployment getDeploymentByReference(long projectId, String reference) {
        projectId(projectId);
        DeploymentReference.require("reference", reference);
        return dialect.getDeploymentByReference(http, projectId, reference);
    }

    @Override
    public Deployment updateDeployment(String deploymentName, UpdateDeploymentRequest request) {
        deploymentName(deploymentName);
        return dialect.updateDeployment(http, deploymentName, body(request));
    }

    @Override
    public PreviewDeployKey createPreviewDeployKey(long projectId, CreatePreviewDeployKeyRequest request) {
        projectId(projectId);
        return dialect.createPreviewDeployKey(http, projectId, body(request));
    }

    @Override
    public List<PreviewDeployKey> listPreviewDeployKeys(long projectId) {
        return dialect.listPreviewDeployKeys(http, projectId(projectId));
    }

    @Override
    public void deletePreviewDeployKey(long projectId, String idOrName) {
        projectId(projectId);
        Validation.requireNonBlank("id", idOrName);
        dialect.deletePreviewDeployKey(http, projectId, idOrName);
    }

    @Override
    public void deleteDeployKey(String deploymentName, String idOrName) {
        deploymentName(deploymentName);
        Validation.requireNonBlank("id", idOrName);
        dialect.deleteDeployKey(http, deploymentName, idOrName);
    }

    @Override
    public List<DeploymentRegionInfo> listDeploymentRegions(long teamId) {
        return dialect.listDeploymentRegions(http, teamId(teamId));
    }

    @Override
    public List<DeploymentClassInfo> listDeploymentClasses(long teamId) {
        return dialect.listDeploymentClasses(http, teamId(teamId));
    }

    @Override
    public TokenDetails getTokenDetails() {
        return dialect.getTokenDetails(http);
    }

    @Override
    public List<DefaultEnvironmentVariable> listDefaultEnvironmentVariables(long projectId, DeploymentType deploymentType) {
        return dialect.listDefaultEnvironmentVariables(http, projectId(projectId), deploymentType);
    }

    @Override
    public void updateDefaultEnvironmentVariables(long projectId, List<DefaultEnvironmentVariableChange> changes) {
        projectId(projectId);
        if (changes == null || changes.isEmpty() || changes.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("changes", null, "at least one change of a default variable");
        }
        dialect.updateDefaultEnvironmentVariables(http, projectId, List.copyOf(changes));
    }

    @Override
    public List<AccessTokenInfo> listAccessTokens(long teamId) {
        return dialect.listAccessTokens(http, teamId(teamId));
    }

    @Override
    public void deleteAccessToken(long teamId, String idOrName) {
        teamId(teamId);
        Validation.requireNonBlank("id", idOrName);
        dialect.deleteAccessToken(http, teamId, idOrName);
    }

    @Override
    public String toString() {
        return description;
    }

    private static long teamId(long id) {
        Validation.requirePositiveId("team_id", id);
        return id;
    }

    private static long projectId(long id) {
        Validation.requirePositiveId("project_id", id);
        return id;
    }

    private static String deploymentName(String name) {
        Validation.requireDeploymentName("deployment_name", name);
        return name;
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new InvalidInputException("body", null, "a request object");
        }
        return request;
    }
}
