package io.jenkins.plugins.convex.client.wire;

import io.jenkins.plugins.convex.client.ApiDialect;
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
import io.jenkins.plugins.convex.client.error.OperationNotInDialectException;
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClassInfo;
import io.jenkins.plugins.convex.client.model.DeploymentRegionInfo;
import io.jenkins.plugins.convex.client.model.PreviewDeployKey;
import io.jenkins.plugins.convex.client.model.TokenDetails;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import java.util.List;

/**
 * The wire format of one API dialect: for each operation, its route(s), body field names and
 * response shape. Arguments arrive already validated by the client; a dialect only refuses (with
 * an {@link io.jenkins.plugins.convex.client.error.InvalidInputException}, before sending) what it
 * cannot express. It sends through {@code http}, which owns headers, retries and error mapping,
 * and may make several requests for one operation where its server needs them.
 */
public interface WireDialect {

    ApiDialect dialect();

    Project createProject(WireTransport http, long teamId, CreateProjectRequest request);

    List<Project> listProjects(WireTransport http, long teamId);

    Project getProject(WireTransport http, long projectId);

    Project getProjectBySlug(WireTransport http, String teamIdOrSlug, String projectSlug);

    void deleteProject(WireTransport http, long projectId);

    Deployment createCloudDeployment(WireTransport http, long projectId, CreateCloudDeploymentRequest request);

    List<Deployment> listDeployments(WireTransport http, long projectId);

    Deployment getDeployment(WireTransport http, String deploymentName);

    void deleteDeployment(WireTransport http, String deploymentName);

    Deployment getDefaultProdDeployment(WireTransport http, long projectId);

    DeployKey createDeployKey(WireTransport http, long projectId, CreateDeployKeyRequest request);

    List<DeployKey> listDeployKeys(WireTransport http, long projectId);

    CustomDomain createCustomDomain(WireTransport http, String deploymentName, CreateCustomDomainRequest request);

    List<CustomDomain> listCustomDomains(WireTransport http, String deploymentName);

    void deleteCustomDomain(WireTransport http, String deploymentName, String domain);

    List<TeamMember> listTeamMembers(WireTransport http, long teamId);

    AccessToken createAccessToken(WireTransport http, long teamId, CreateAccessTokenRequest request);

    // Operations of the live service that the contract lacks. A dialect without them inherits
    // these defaults, which refuse before any request.

    default Deployment getDeploymentByReference(WireTransport http, long projectId, String reference) {
        throw lacks("getDeploymentByReference");
    }

    /** Changes the deployment and returns it as it is afterwards. */
    default Deployment updateDeployment(WireTransport http, String deploymentName, UpdateDeploymentRequest request) {
        throw lacks("updateDeployment");
    }

    default PreviewDeployKey createPreviewDeployKey(WireTransport http, long projectId, CreatePreviewDeployKeyRequest request) {
        throw lacks("createPreviewDeployKey");
    }

    default List<PreviewDeployKey> listPreviewDeployKeys(WireTransport http, long projectId) {
        throw lacks("listPreviewDeployKeys");
    }

    default void deletePreviewDeployKey(WireTransport http, long projectId, String idOrName) {
        throw lacks("deletePreviewDeployKey");
    }

    default void deleteDeployKey(WireTransport http, String deploymentName, String idOrName) {
        throw lacks("deleteDeployKey");
    }

    default List<DeploymentRegionInfo> listDeploymentRegions(WireTransport http, long teamId) {
        throw lacks("listDeploymentRegions");
    }

    default List<DeploymentClassInfo> listDeploymentClasses(WireTransport http, long teamId) {
        throw lacks("listDeploymentClasses");
    }

    default TokenDetails getTokenDetails(WireTransport http) {
        throw lacks("getTokenDetails");
    }

    default List<DefaultEnvironmentVariable> listDefaultEnvironmentVariables(WireTransport http, long projectId, DeploymentType deploymentType) {
        throw lacks("listDefaultEnvironmentVariables");
    }

    default void updateDefaultEnvironmentVariables(WireTransport http, long projectId, List<DefaultEnvironmentVariableChange> changes) {
        throw lacks("updateDefaultEnvironmentVariables");
    }

    default List<AccessTokenInfo> listAccessTokens(WireTransport http, long teamId) {
        throw lacks("listAccessTokens");
    }

    default void deleteAccessToken(WireTransport http, long teamId, String idOrName) {
        throw lacks("deleteAccessToken");
    }

    private OperationNotInDialectException lacks(String operation) {
        return new OperationNotInDialectException(operation, dialect().name(), ApiDialect.PLATFORM.name());
    }
}
