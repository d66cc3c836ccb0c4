package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.client.model.AccessToken;
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
import java.util.List;

/**
 * The Convex Management API, one method per operation of the contract
 * ({@code shared/spec/convex-management-api.openapi.yaml}); names follow its operationIds.
 *
 * <p>Every method throws a subclass of {@link io.jenkins.plugins.convex.client.error.ConvexApiException}
 * when the server refuses or cannot be reached, and
 * {@link io.jenkins.plugins.convex.client.error.InvalidInputException} before sending anything
 * when an argument is not acceptable. Create one with {@link ConvexClientBuilder}.
 */
public interface ConvexClient {

    Project createProject(long teamId, CreateProjectRequest request);

    List<Project> listProjects(long teamId);

    Project getProject(long projectId);

    Project getProjectBySlug(String teamIdOrSlug, String projectSlug);

    void deleteProject(long projectId);

    Deployment createCloudDeployment(long projectId, CreateCloudDeploymentRequest request);

    List<Deployment> listDeployments(long projectId);

    Deployment getDeployment(String deploymentName);

    void deleteDeployment(String deploymentName);

    Deployment getDefaultProdDeployment(long projectId);

    DeployKey createDeployKey(long projectId, CreateDeployKeyRequest request);

    List<DeployKey> listDeployKeys(long projectId);

    CustomDomain createCustomDomain(String deploymentName, CreateCustomDomainRequest request);

    List<CustomDomain> listCustomDomains(String deploymentName);

    void deleteCustomDomain(String deploymentName, String domain);

    List<TeamMember> listTeamMembers(long teamId);

    AccessToken createAccessToken(long teamId, CreateAccessTokenRequest request);
}
