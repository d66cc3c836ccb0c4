package io.jenkins.plugins.convex.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariable;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClassInfo;
import io.jenkins.plugins.convex.client.model.DeploymentReference;
import io.jenkins.plugins.convex.client.model.DeploymentRegionInfo;
import io.jenkins.plugins.convex.client.model.PreviewDeployKey;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.TeamMember;
import io.jenkins.plugins.convex.client.model.TokenDetails;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import io.jenkins.plugins.convex.client.model.WireEnum;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The live Convex service's own API ({@code api.convex.dev/v1}, the one the official
 * {@code @convex-dev/platform} client is generated from): camelCase bodies, epoch-millisecond times,
 * paginated lists ({@code items} + {@code pagination}, followed here until the last page), deployment
 * references and expiries, preview deploy keys. Everything this dialect puts on or reads off the wire
 * is in this class; where the contract's operation has no single live route, several requests make it.
 */
public final class PlatformDialect implements WireDialect {

    public static final PlatformDialect INSTANCE = new PlatformDialect(Clock.systemUTC());

    /** The largest page the live service serves; fewer round trips for big teams. */
    static final int PAGE_SIZE = 100;

    static final Route CREATE_PROJECT = Route.create("createProject", "/teams/{team_id}/create_project");
    static final Route LIST_PROJECTS = Route.read("listProjects", "/teams/{team_id}/projects");
    static final Route GET_PROJECT = Route.read("getProject", "/projects/{project_id}");
    static final Route GET_PROJECT_BY_SLUG = Route.read("getProjectBySlug", "/teams/{team_id_or_slug}/projects/{project_slug}");
    static final Route DELETE_PROJECT = Route.delete("deleteProject", "/projects/{project_id}/delete");
    static final Route CREATE_CLOUD_DEPLOYMENT = Route.create("createCloudDeployment", "/projects/{project_id}/create_deployment");
    static final Route LIST_DEPLOYMENTS = Route.read("listDeployments", "/projects/{project_id}/list_deployments");
    static final Route GET_DEPLOYMENT = Route.read("getDeployment", "/deployments/{deployment_name}");
    static final Route DELETE_DEPLOYMENT = Route.delete("deleteDeployment", "/deployments/{deployment_name}/delete");
    static final Route GET_DEFAULT_PROD_DEPLOYMENT = Route.read("getDefaultProdDeployment", "/projects/{project_id}/deployment");
    static final Route CREATE_DEPLOY_KEY = Route.create("createDeployKey", "/deployments/{deployment_name}/create_deploy_key");
    static final Route LIST_DEPLOY_KEYS = Route.read("listDeployKeys", "/deployments/{deployment_name}/list_deploy_keys");
    static final Route CREATE_CUSTOM_DOMAIN = Route.create("createCustomDomain", "/deployments/{deployment_name}/create_custom_domain");
    static final Route LIST_CUSTOM_DOMAINS = Route.read("listCustomDomains", "/deployments/{deployment_name}/custom_domains");
    static final Route DELETE_CUSTOM_DOMAIN = Route.delete("deleteCustomDomain", "/deployments/{deployment_name}/delete_custom_domain");
    static final Route LIST_TEAM_MEMBERS = Route.read("listTeamMembers", "/teams/{team_id}/list_members");
    static final Route CREATE_ACCESS_TOKEN = Route.create("createAccessToken", "/teams/{team_id}/create_access_token");
    // The live service's own operations, which the contract lacks.
    static final Route GET_DEPLOYMENT_BY_REFERENCE = Route.read("getDeploymentByReference", "/projects/{project_id}/deployment");
    static final Route UPDATE_DEPLOYMENT = Route.update("updateDeployment", "PATCH", "/deployments/{deployment_name}");
    static final Route CREATE_PREVIEW_DEPLOY_KEY = Route.create("createPreviewDeployKey", "/projects/{project_id}/create_preview_deploy_key");
    static final Route LIST_PREVIEW_DEPLOY_KEYS = Route.read("listPreviewDeployKeys", "/projects/{project_id}/list_preview_deploy_keys");
    static final Route DELETE_PREVIEW_DEPLOY_KEY = Route.delete("deletePreviewDeployKey", "/projects/{project_id}/delete_preview_deploy_key");
    static final Route DELETE_DEPLOY_KEY = Route.delete("deleteDeployKey", "/deployments/{deployment_name}/delete_deploy_key");
    static final Route LIST_DEPLOYMENT_REGIONS = Route.read("listDeploymentRegions", "/teams/{team_id}/list_deployment_regions");
    static final Route LIST_DEPLOYMENT_CLASSES = Route.read("listDeploymentClasses", "/teams/{team_id}/list_deployment_classes");
    static final Route GET_TOKEN_DETAILS = Route.read("getTokenDetails", "/token_details");
    static final Route LIST_DEFAULT_ENVIRONMENT_VARIABLES = Route.read("listDefaultEnvironmentVariables",
            "/projects/{project_id}/list_default_environment_variables");
    // Setting and removing values is idempotent: retried like a read.
    static final Route UPDATE_DEFAULT_ENVIRONMENT_VARIABLES = Route.update("updateDefaultEnvironmentVariables", "POST",
            "/projects/{project_id}/update_default_environment_variables");
    static final Route LIST_ACCESS_TOKENS = Route.read("listAccessTokens", "/teams/{team_id}/list_access_tokens");
    static final Route DELETE_ACCESS_TOKEN = Route.delete("deleteAccessToken", "/teams/{team_id}/delete_access_token");

    /** The live service refuses access tokens that expire sooner than this. */
    static final Duration MIN_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    private final Clock clock;

    PlatformDialect(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ApiDialect dialect() {
        return ApiDialect.PLATFORM;
    }

    // ---- projects -----------------------------------------------------------------------------

    @Override
    public Project createProject(WireTransport http, long teamId, CreateProjectRequest r) {
        ObjectNode body = object().put("projectName", r.name());
        if (r.deploymentRegion() != null) {
            // The contract: a region asks for an initial production deployment.
            body.put("deploymentType", "prod");
        }
        putIfSet(body, "deploymentRegion", r.deploymentRegion());
        putIfSet(body, "deploymentClass", r.deploymentClass());
        JsonFields f = fields(CREATE_PROJECT);
        JsonNode p = f.object(http.send(CREATE_PROJECT.with(teamId).withBody(body)));
        Long id = f.optionalLong(p, "id");
        return new Project(id != null ? id : f.requiredLong(p, "projectId"), f.requiredText(p, "slug"), r.name(), teamId);
    }

    @Override
    public List<Project> listProjects(WireTransport http, long teamId) {
        WireRequest first = LIST_PROJECTS.with(teamId).withQuery("limit", String.valueOf(PAGE_SIZE));
        return pages(http, first, p -> project(LIST_PROJECTS, p));
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

    // ---- deployments --------------------------------------------------------------------------

    @Override
    public Deployment createCloudDeployment(WireTransport http, long projectId, CreateCloudDeploymentRequest r) {
        ObjectNode body = object().put("type", r.deploymentType().wireValue()).put("region", r.region().wireValue());
        putIfSet(body, "class", r.deploymentClass());
        if (r.reference() != null) {
            body.put("reference", DeploymentReference.require("reference", r.reference()));
        }
        putExpiry(body, r.expiresAt());
        return deployment(CREATE_CLOUD_DEPLOYMENT, http.send(CREATE_CLOUD_DEPLOYMENT.with(projectId).withBody(body)));
    }

    @Override
    public List<Deployment> listDeployments(WireTransport http, long projectId) {
        JsonNode answer = http.send(LIST_DEPLOYMENTS.with(projectId));
        return cloudOnly(LIST_DEPLOYMENTS, answer);
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
        WireRequest request = GET_DEFAULT_PROD_DEPLOYMENT.with(projectId).withQuery("defaultProd", "true");
        return deployment(GET_DEFAULT_PROD_DEPLOYMENT, http.send(request));
    }

    @Override
    public Deployment getDeploymentByReference(WireTransport http, long projectId, String reference) {
        WireRequest request = GET_DEPLOYMENT_BY_REFERENCE.with(projectId).withQuery("reference", reference);
        return deployment(GET_DEPLOYMENT_BY_REFERENCE, http.send(request));
    }

    @Override
    public Deployment updateDeployment(WireTransport http, String deploymentName, UpdateDeploymentRequest r) {
        ObjectNode body = object();
        putExpiry(body, r.expiresAt());
        putIfSet(body, "reference", r.reference());
        http.send(UPDATE_DEPLOYMENT.with(deploymentName).withBody(body));
        // The live PATCH answers with an empty body: read the deployment back to show its new state.
        return getDeployment(http, deploymentName);
    }

    // ---- deploy keys --------------------------------------------------------------------------

    @Override
    public DeployKey createDeployKey(WireTransport http, long projectId, CreateDeployKeyRequest r) {
        // Live keys hang off the deployment; the contract's hang off the project, which must own it.
        Deployment target = getDeployment(http, r.deploymentName());
        if (target.projectId() != null && target.projectId() != projectId) {
            throw new NotFoundException(CREATE_DEPLOY_KEY.operation(), 404, "DeploymentNotFound",
                    "Deployment " + r.deploymentName() + " is not in project " + projectId, null);
        }
        // The live service requires a name; the contract's is optional.
        String name = r.keyName() != null ? r.keyName() : "deploy-key-" + clock.millis();
        ObjectNode body = object().put("name", name);
        putExpiry(body, r.expiresAt());
        JsonFields f = fields(CREATE_DEPLOY_KEY);
        JsonNode k = f.object(http.send(CREATE_DEPLOY_KEY.with(r.deploymentName()).withBody(body)));
        return new DeployKey(name, r.deploymentName(), f.requiredText(k, "deployKey"), null);
    }

    @Override
    public List<DeployKey> listDeployKeys(WireTransport http, long projectId) {
        // No project-wide listing on the live service: one listing per deployment of the project.
        List<DeployKey> out = new ArrayList<>();
        for (Deployment d : listDeployments(http, projectId)) {
            JsonNode answer = http.send(LIST_DEPLOY_KEYS.with(d.name()));
            JsonFields f = fields(LIST_DEPLOY_KEYS);
            out.addAll(f.list(answer, k -> new DeployKey(f.requiredText(k, "name"), d.name(), null, f.instant(k, "creationTime"))));
        }
        return List.copyOf(out);
    }

    @Override
    public void deleteDeployKey(WireTransport http, String deploymentName, String idOrName) {
        http.send(DELETE_DEPLOY_KEY.with(deploymentName).withBody(object().put("id", idOrName)));
    }

    @Override
    public PreviewDeployKey createPreviewDeployKey(WireTransport http, long projectId, CreatePreviewDeployKeyRequest r) {
        ObjectNode body = object().put("name", r.name());
        putExpiry(body, r.expiresAt());
        JsonFields f = fields(CREATE_PREVIEW_DEPLOY_KEY);
        JsonNode k = f.object(http.send(CREATE_PREVIEW_DEPLOY_KEY.with(projectId).withBody(body)));
        return new PreviewDeployKey(null, r.name(), f.requiredText(k, "previewDeployKey"), null, r.expiresAt());
    }

    @Override
    public List<PreviewDeployKey> listPreviewDeployKeys(WireTransport http, long projectId) {
        JsonFields f = fields(LIST_PREVIEW_DEPLOY_KEYS);
        JsonNode answer = f.object(http.send(LIST_PREVIEW_DEPLOY_KEYS.with(projectId)));
        return f.list(answer.get("items"), k -> new PreviewDeployKey(f.requiredText(k, "id"), f.requiredText(k, "name"), null,
                f.instant(k, "creationTime"), f.instant(k, "expiresAt")));
    }

    @Override
    public void deletePreviewDeployKey(WireTransport http, long projectId, String idOrName) {
        http.send(DELETE_PREVIEW_DEPLOY_KEY.with(projectId).withBody(object().put("id", idOrName)));
    }

    // ---- custom domains -----------------------------------------------------------------------

    @Override
    public CustomDomain createCustomDomain(WireTransport http, String deploymentName, CreateCustomDomainRequest r) {
        ObjectNode body = object().put("domain", r.domain()).put("requestDestination", r.requestDestination().wireValue());
        http.send(CREATE_CUSTOM_DOMAIN.with(deploymentName).withBody(body));
        // The live service answers with an empty body.
        return new CustomDomain(r.domain(), r.requestDestination().wireValue());
    }

    @Override
    public List<CustomDomain> listCustomDomains(WireTransport http, String deploymentName) {
        JsonFields f = fields(LIST_CUSTOM_DOMAINS);
        JsonNode answer = f.object(http.send(LIST_CUSTOM_DOMAINS.with(deploymentName)));
        return f.list(answer.get("domains"), d -> new CustomDomain(f.requiredText(d, "domain"), f.requiredText(d, "requestDestination")));
    }

    @Override
    public void deleteCustomDomain(WireTransport http, String deploymentName, String domain) {
        // The live delete names the destination too, which the contract's caller does not give: look it up.
        // An unknown domain is sent as it is, so that the server's own 404 answers.
        String destination = listCustomDomains(http, deploymentName).stream()
                .filter(d -> d.domain().equals(domain))
                .map(CustomDomain::requestDestination)
                .findFirst()
                .orElse("convexCloud");
        ObjectNode body = object().put("domain", domain).put("requestDestination", destination);
        http.send(DELETE_CUSTOM_DOMAIN.with(deploymentName).withBody(body));
    }

    // ---- teams, tokens, catalogue -------------------------------------------------------------

    @Override
    public List<TeamMember> listTeamMembers(WireTransport http, long teamId) {
        return pages(http, LIST_TEAM_MEMBERS.with(teamId), m -> teamMember(LIST_TEAM_MEMBERS, m));
    }

    @Override
    public AccessToken createAccessToken(WireTransport http, long teamId, CreateAccessTokenRequest r) {
        JsonFields f = fields(CREATE_ACCESS_TOKEN);
        ObjectNode body = object().put("name", r.name());
        if (r.expiresAt() != null) {
            Instant earliest = clock.instant().plus(MIN_ACCESS_TOKEN_LIFETIME);
            if (r.expiresAt().isBefore(earliest)) {
                throw new InvalidInputException("expires_at", r.expiresAt().toString(), "an instant at least 30 minutes in the future");
            }
            body.put("expiresAt", r.expiresAt().toEpochMilli());
        }
        JsonNode t = f.object(http.send(CREATE_ACCESS_TOKEN.with(teamId).withBody(body)));
        return new AccessToken(r.name(), f.requiredText(t, "accessToken"), null);
    }

    @Override
    public List<AccessTokenInfo> listAccessTokens(WireTransport http, long teamId) {
        WireRequest first = LIST_ACCESS_TOKENS.with(teamId).withQuery("limit", String.valueOf(PAGE_SIZE));
        JsonFields f = fields(LIST_ACCESS_TOKENS);
        return pages(http, first, t -> new AccessTokenInfo(f.requiredText(t, "id"), f.requiredText(t, "name"),
                f.instant(t, "creationTime"), f.instant(t, "expiresAt"), f.instant(t, "lastUsedTime")));
    }

    @Override
    public void deleteAccessToken(WireTransport http, long teamId, String idOrName) {
        http.send(DELETE_ACCESS_TOKEN.with(teamId).withBody(object().put("id", idOrName)));
    }

    // ---- default environment variables --------------------------------------------------------

    @Override
    public List<DefaultEnvironmentVariable> listDefaultEnvironmentVariables(WireTransport http, long projectId, DeploymentType type) {
        WireRequest first = LIST_DEFAULT_ENVIRONMENT_VARIABLES.with(projectId).withQuery("deploymentType", type == null ? null : type.wireValue());
        JsonFields f = fields(LIST_DEFAULT_ENVIRONMENT_VARIABLES);
        return pages(http, first, v -> {
            List<String> types = new ArrayList<>();
            v.path("deploymentTypes").forEach(t -> types.add(t.asText()));
            return new DefaultEnvironmentVariable(f.requiredText(v, "name"), f.requiredText(v, "value"), types);
        });
    }

    @Override
    public void updateDefaultEnvironmentVariables(WireTransport http, long projectId, List<DefaultEnvironmentVariableChange> changes) {
        ObjectNode body = object();
        ArrayNode list = body.putArray("changes");
        changes.forEach(c -> list.addObject().put("deploymentType", c.deploymentType().wireValue()).put("name", c.name()).put("value", c.value()));
        http.send(UPDATE_DEFAULT_ENVIRONMENT_VARIABLES.with(projectId).withBody(body));
    }

    @Override
    public List<DeploymentRegionInfo> listDeploymentRegions(WireTransport http, long teamId) {
        JsonFields f = fields(LIST_DEPLOYMENT_REGIONS);
        JsonNode answer = f.object(http.send(LIST_DEPLOYMENT_REGIONS.with(teamId)));
        return f.list(answer.get("items"), r -> new DeploymentRegionInfo(f.requiredText(r, "name"), f.text(r, "displayName"),
                r.path("available").asBoolean(true)));
    }

    @Override
    public List<DeploymentClassInfo> listDeploymentClasses(WireTransport http, long teamId) {
        JsonFields f = fields(LIST_DEPLOYMENT_CLASSES);
        JsonNode answer = f.object(http.send(LIST_DEPLOYMENT_CLASSES.with(teamId)));
        return f.list(answer.get("items"), c -> new DeploymentClassInfo(f.requiredText(c, "type"), c.path("available").asBoolean(true)));
    }

    @Override
    public TokenDetails getTokenDetails(WireTransport http) {
        JsonFields f = fields(GET_TOKEN_DETAILS);
        JsonNode t = f.object(http.send(GET_TOKEN_DETAILS.with()));
        return new TokenDetails(f.requiredText(t, "type"), f.text(t, "id"), f.text(t, "name"), f.optionalLong(t, "teamId"),
                f.optionalLong(t, "projectId"), f.instant(t, "createTime"));
    }

    // ---- pagination ---------------------------------------------------------------------------

    /**
     * Every item of a listing, following {@code pagination.nextCursor} while {@code hasMore}. A body
     * without {@code pagination} is one page (team members, for example). Each request carries
     * {@code first}'s query (a page size, say) and the cursor.
     */
    private static <T> List<T> pages(WireTransport http, WireRequest first, Function<JsonNode, T> element) {
        JsonFields f = fields(first.route());
        List<T> out = new ArrayList<>();
        Set<String> cursorsSeen = new HashSet<>();
        String cursor = null;
        while (true) {
            JsonNode page = f.object(http.send(first.withQuery("cursor", cursor)));
            out.addAll(f.list(page.get("items"), element));
            JsonNode pagination = page.path("pagination");
            if (!pagination.path("hasMore").asBoolean(false)) {
                return List.copyOf(out);
            }
            cursor = f.text(pagination, "nextCursor");
            if (cursor == null || !cursorsSeen.add(cursor)) {
                throw f.unexpected("the listing says it has more pages but gives no new cursor");
            }
        }
    }

    // ---- response shapes ----------------------------------------------------------------------

    private static Project project(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode p = f.object(node);
        return new Project(f.requiredLong(p, "id"), f.requiredText(p, "slug"), f.text(p, "name"), f.optionalLong(p, "teamId"));
    }

    /** A listing's cloud deployments; local ones (a developer's machine) have no id and are no concern here. */
    private static List<Deployment> cloudOnly(Route route, JsonNode answer) {
        JsonFields f = fields(route);
        return f.list(answer, d -> d).stream()
                .filter(d -> !"local".equals(f.text(d, "kind")))
                .map(d -> deployment(route, d))
                .toList();
    }

    private static Deployment deployment(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode d = f.object(node);
        return new Deployment(f.requiredLong(d, "id"), f.requiredText(d, "name"), f.requiredText(d, "deploymentType"),
                f.text(d, "class"), f.text(d, "region"), f.optionalLong(d, "projectId"), f.text(d, "deploymentUrl"),
                f.text(d, "reference"), f.instant(d, "createTime"), f.instant(d, "expiresAt"));
    }

    private static TeamMember teamMember(Route route, JsonNode node) {
        JsonFields f = fields(route);
        JsonNode m = f.object(node);
        return new TeamMember(f.requiredLong(m, "id"), f.text(m, "email"), f.text(m, "name"), f.requiredText(m, "role"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** {@code expiresAt} in epoch milliseconds when set. The live service refuses past expiries: say so before sending. */
    private void putExpiry(ObjectNode body, Instant when) {
        if (when == null) {
            return;
        }
        if (!when.isAfter(clock.instant())) {
            throw new InvalidInputException("expires_at", when.toString(), "an instant in the future");
        }
        body.put("expiresAt", when.toEpochMilli());
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
        } else if (value != null) {
            body.put(field, value.toString());
        }
    }
}
