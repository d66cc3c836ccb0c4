package io.jenkins.plugins.convex.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.TeamMember;
import io.jenkins.plugins.convex.client.model.WireEnum;
import java.util.List;

/**
 * The project's contract (docs/contract.md): snake_case bodies, ISO-8601
 * timestamps, plain JSON arrays for lists, deletes as bodiless POSTs (except the custom domain's,
 * which names the domain in its body). Everything this dialect puts on or reads off the wire is here.
 */
public final class SpecDialect implements WireDialect {

    public static final SpecDialect INSTANCE = new SpecDialect();

    static final Route CREATE_PROJECT = Route.create("createProject", "/teams/{team_id}/create_project");
    static final Route LIST_PROJECTS = Route.read("listProjects", "/teams/{team_id}/list_projects");
    static final Route GET_PROJECT = Route.read("getProject", "/projects/{project_id}");
    static final Route GET_PROJECT_BY_SLUG = Route.read("getProjectBySlug", "/teams/{team_id_or_slug}/projects/{project_slug}");
    static final Route DELETE_PROJECT = Route.delete("deleteProject", "/projects/{project_id}/delete");
    static final Route CREATE_CLOUD_DEPLOYMENT = Route.create("createCloudDeployment", "/projects/{project_id}/deployments/create_cloud");
    static final Route LIST_DEPLOYMENTS = Route.read("listDeployments", "/projects/{project_id}/deployments/list");
    static final Route GET_DEPLOYMENT = Route.read("getDeployment", "/deployments/{deployment_name}");
    static final Route DELETE_DEPLOYMENT = Route.delete("deleteDeployment", "/deployments/{deployment_name}/delete");
    static final Route GET_DEFAULT_PROD_DEPLOYMENT = Route.read("getDefaultProdDeployment", "/projects/{project_id}/deployment/default_prod");
    static final Route CREATE_DEPLOY_KEY = Route.create("createDeployKey", "/projects/{project_id}/deployments/create_deploy_key");
    static final Route LIST_DEPLOY_KEYS = Route.read("listDeployKeys", "/projects/{project_id}/deployment/deploy_key/list");
    static final Route CREATE_CUSTOM_DOMAIN = Route.create("createCustomDomain", "/deployments/{deployment_name}/custom_domains/create");
    static final Route LIST_CUSTOM_DOMAINS = Route.read("listCustomDomains", "/deployments/{deployment_name}/custom_domains/list");
    static final Route DELETE_CUSTOM_DOMAIN = Route.delete("deleteCustomDomain", "/deployments/{deployment_name}/custom_domains/delete");
    static final Route LIST_TEAM_MEMBERS = Route.read("listTeamMembers", "/teams/{team_id}/members");
    static final Route CREATE_ACCESS_TOKEN = Route.create("createAccessToken", "/teams/{team_id}/create_access_token");

    private SpecDialect() {
    }

    @Override
    public ApiDialect dialect() {
        return ApiDialect.SPEC;
    }

    @Override
    public Project createProject(WireTransport http, long teamId, CreateProjectRequest r) {
        DeploymentClass.requireOnSpec(r.deploymentClass());
        ObjectNode body = object().put("name", r.name());
        putIfSet(body, "team_id", r.teamId());
        putIfSet(body, "deployment_region", r.deploymentRegion());
        putIfSet(body, "deployment_class", r.deploymentClass());
        return project(CREATE_PROJECT, http.send(CREATE_PROJECT.with(teamId).withBody(body)));
    }

    @Override
    public List<Project> listProjects(WireTransport http, long teamId) {
        JsonNode answer = http.send(LIST_PROJECTS.with(teamId));
        return fields(LIST_PROJECTS).list(answer, p -> project(LIST_PROJECTS, p));
    }

    @Override
    public Project getProject(WireTransport http, long projectId) {
        return project(GET_PROJECT, http.send(GET_PROJECT.with(projectId)));
    }

    @Override
    public Project getProjectBySlug(WireTransport http, String teamIdOrSlug, String projectSlug) {
        return project(GET_PROJECT_BY_SLUG, http.send(GET_PROJECT_BY_SLUG.with(teamIdOrSlug, projectSlug)));
    }

    @Override
    public void deleteProject(WireTransport http, long projectId) {
        http.send(DELETE_PROJECT.with(projectId));
    }

    @Override
    public Deployment createCloudDeployment(WireTransport http, long projectId, CreateCloudDeploymentRequest r) {
        if (r.reference() != null) {
            throw new InvalidInputException("reference", r.reference(), "none with the SPEC dialect (the contract has no deployment reference)");
        }
        if (r.expiresAt() != null) {
            throw new InvalidInputException("expires_at", r.expiresAt().toString(), "none with the SPEC dialect (the contract has no expiry)");
        }
        DeploymentClass.requireOnSpec(r.deploymentClass());
        ObjectNode body = object().put("deployment_type", r.deploymentType().wireValue()).put("region", r.region().wireValue());
        putIfSet(body, "deployment_class", r.deploymentClass());
        return deployment(CREATE_CLOUD_DEPLOYMENT, http.send(CREATE_CLOUD_DEPLOYMENT.with(projectId).withBody(body)));
    }

    @Override
    public List<Deployment> listDeployments(WireTransport http, long projectId) {
        JsonNode answer = http.send(LIST_DEPLOYMENTS.with(projectId));
        return fields(LIST_DEPLOYMENTS).list(answer, d -> deployment(LIST_DEPLOYMENTS, d));
    }

    @Override
    public Deployment getDeployment(WireTransport http, String deploymentName) {
        return deployment(GET_DEPLOYMENT, http.send(GET_DEPLOYMENT.with(deploymentName)));
    }

    @Override
    public void deleteDeployment(WireTransport http, String deploymentName) {
        http.send(DELETE_DEPLOYMENT.with(deploymentName));
    }

    @Override
    public Deployment getDefaultProdDeployment(WireTransport http, long projectId) {
        return deployment(GET_DEFAULT_PROD_DEPLOYMENT, http.send(GET_DEFAULT_PROD_DEPLOYMENT.with(projectId)));
    }

    @Override
    public DeployKey createDeployKey(WireTransport http, long projectId, CreateDeployKeyRequest r) {
        if (r.expiresAt() != null) {
            throw new InvalidInputException("expires_at", r.expiresAt().toString(), "none with the SPEC dialect (the contract's deploy keys do not expire)");
        }
        ObjectNode body = object().put("deployment_name", r.deploymentName());
        putIfSet(body, "key_name", r.keyName());
        return deployKey(CREATE_DEPLOY_KEY, http.send(CREATE_DEPLOY_KEY.with(projectId).withBody(body)));
    }

    @Override
    public List<DeployKey> listDeployKeys(WireTransport http, long projectId) {
        JsonNode answer = http.send(LIST_DEPLOY_KEYS.with(projectId));
        return fields(LIST_DEPLOY_KEYS).list(answer, k -> deployKey(LIST_DEPLOY_KEYS, k));
    }

    @Override
    public CustomDomain createCustomDomain(WireTransport http, String deploymentName, CreateCustomDomainRequest r) {
        ObjectNode body = object().put("domain", r.domain()).put("request_destination", r.requestDestination().wireValue());
        return customDomain(CREATE_CUSTOM_DOMAIN, http.send(CREATE_CUSTOM_DOMAIN.with(deploymentName).withBody(body)));
    }

    @Override
    public List<CustomDomain> listCustomDomains(WireTransport http, String deploymentName) {
        JsonNode answer = http.send(LIST_CUSTOM_DOMAINS.with(deploymentName));
        return fields(LIST_CUSTOM_DOMAINS).list(answer, d -> customDomain(LIST_CUSTOM_DOMAINS, d));
    }

    @Override
    public void deleteCustomDomain(WireTransport http, String deploymentName, String domain) {
        http.send(DELETE_CUSTOM_DOMAIN.with(deploymentName).withBody(object().put("domain", domain)));
    }

    @Override
    public List<TeamMember> listTeamMembers(WireTransport http, long teamId) {
        JsonNode answer = http.send(LIST_TEAM_MEMBERS.with(teamId));
        return fields(LIST_TEAM_MEMBERS).list(answer, m -> teamMember(LIST_TEAM_MEMBERS, m));
    }

    @Override
    public AccessToken createAccessToken(WireTransport http, long teamId, CreateAccessTokenRequest r) {
        if (r.expiresAt() != null) {
            throw new InvalidInputException("expires_at", r.expiresAt().toString(), "none with the SPEC dialect (the contract's access tokens do not expire)");
        }
        JsonNode answer = http.send(CREATE_ACCESS_TOKEN.with(teamId).withBody(object().put("name", r.name())));
        JsonFields f = fields(CREATE_ACCESS_TOKEN);
        JsonNode t = f.object(answer);
        return new AccessToken(f.requiredText(t, "name"), f.requiredText(t, "token"), f.instant(t, "created_at"));
    }

    // Response shapes of the contract's schemas.

    private static Project project(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode p = f.object(node);
        return new Project(f.requiredLong(p, "id"), f.requiredText(p, "slug"), f.text(p, "name"), f.optionalLong(p, "team_id"));
    }

    private static Deployment deployment(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode d = f.object(node);
        return new Deployment(f.requiredLong(d, "id"), f.requiredText(d, "name"), f.requiredText(d, "deployment_type"),
                f.text(d, "deployment_class"), f.text(d, "region"), f.optionalLong(d, "project_id"), f.text(d, "url"),
                f.text(d, "reference"), f.instant(d, "create_time"), f.instant(d, "expires_at"));
    }

    private static DeployKey deployKey(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode k = f.object(node);
        return new DeployKey(f.requiredText(k, "name"), f.requiredText(k, "deployment_name"), f.text(k, "key"), f.instant(k, "created_at"));
    }

    private static CustomDomain customDomain(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode d = f.object(node);
        return new CustomDomain(f.requiredText(d, "domain"), f.requiredText(d, "request_destination"));
    }

    private static TeamMember teamMember(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode m = f.object(node);
        return new TeamMember(f.requiredLong(m, "id"), f.text(m, "email"), f.text(m, "name"), f.requiredText(m, "role"));
    }

    private static JsonFields fields(Route route) {
        return new JsonFields(route.operation());
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static void putIfSet(ObjectNode body, String field, Object value) {
        if (value instanceof WireEnum e) {
            body.put(field, e.wireValue());
        } else if (value instanceof Long l) {
            body.put(field, l);
        } else if (value != null) {
            body.put(field, value.toString());
        }
    }
}
