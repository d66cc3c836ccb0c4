package io.jenkins.plugins.convex.client;

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
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClassInfo;
import io.jenkins.plugins.convex.client.model.DeploymentRegionInfo;
import io.jenkins.plugins.convex.client.model.PreviewDeployKey;
import io.jenkins.plugins.convex.client.model.TokenDetails;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import java.util.List;

/**
 * The Convex Management API, one method per operation of the contract
 * (docs/contract.md in the repository); names follow its operation names.
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

    /** The wire dialect this client speaks, {@link ApiDialect#AUTO} resolved: SPEC or PLATFORM. */
    ApiDialect dialect();

    // Operations of the live service (the PLATFORM dialect) that the contract lacks. With the SPEC
    // dialect each throws an OperationNotInDialectException before any request.

    /** The project's deployment with this {@code reference} (see {@link io.jenkins.plugins.convex.client.model.DeploymentReference}). */
    Deployment getDeploymentByReference(long projectId, String reference);

    /** Changes a deployment's expiry and/or reference; returns the deployment as it is afterwards. */
    Deployment updateDeployment(String deploymentName, UpdateDeploymentRequest request);

    /** A project-wide key with which the Convex CLI creates or reuses previews by name. */
    PreviewDeployKey createPreviewDeployKey(long projectId, CreatePreviewDeployKeyRequest request);

    List<PreviewDeployKey> listPreviewDeployKeys(long projectId);

    /** Deletes a preview deploy key by its id, its name or its value. */
    void deletePreviewDeployKey(long projectId, String idOrName);

    /** Deletes a deploy key of a deployment by its id, its name or its value. */
    void deleteDeployKey(String deploymentName, String idOrName);

    List<DeploymentRegionInfo> listDeploymentRegions(long teamId);

    List<DeploymentClassInfo> listDeploymentClasses(long teamId);

    /** What the server knows about the token this client uses. */
    TokenDetails getTokenDetails();

    /**
     * The project's default environment variables, of every deployment type, or of {@code deploymentType}
     * only when it is not null. Values are secrets: show them only when asked.
     */
    List<DefaultEnvironmentVariable> listDefaultEnvironmentVariables(long projectId, DeploymentType deploymentType);

    /** Sets or removes (value null) default variables in one request; names must follow the Convex rule. */
    void updateDefaultEnvironmentVariables(long projectId, List<DefaultEnvironmentVariableChange> changes);

    /** The team's access tokens (metadata only, never their values). */
    List<AccessTokenInfo> listAccessTokens(long teamId);

    /** Deletes a team access token by its id, its name or its value. */
    void deleteAccessToken(long teamId, String idOrName);
}
