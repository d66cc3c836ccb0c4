package io.jenkins.plugins.convex.emulator.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.http.ApiRequest;
import io.jenkins.plugins.convex.emulator.http.ApiResponse;
import io.jenkins.plugins.convex.emulator.http.Json;
import io.jenkins.plugins.convex.emulator.http.JsonBody;
import io.jenkins.plugins.convex.emulator.http.Router;
import io.jenkins.plugins.convex.emulator.state.AccessToken;
import io.jenkins.plugins.convex.emulator.state.Created;
import io.jenkins.plugins.convex.emulator.state.CreatedProject;
import io.jenkins.plugins.convex.emulator.state.CustomDomain;
import io.jenkins.plugins.convex.emulator.state.DeployKey;
import io.jenkins.plugins.convex.emulator.state.Deployment;
import io.jenkins.plugins.convex.emulator.state.DeploymentUpdate;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import io.jenkins.plugins.convex.emulator.state.Member;
import io.jenkins.plugins.convex.emulator.state.NewDeployment;
import io.jenkins.plugins.convex.emulator.state.NewDeployment.DefaultRule;
import io.jenkins.plugins.convex.emulator.state.PreviewDeployKey;
import io.jenkins.plugins.convex.emulator.state.Project;
import io.jenkins.plugins.convex.emulator.state.Team;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The live service's dialect ({@code api.convex.dev/v1}, as the official {@code @convex-dev/platform}
 * client sees it): its routes, camelCase fields, epoch-millisecond times, paginated lists,
 * references, expiries and preview deploy keys, all in this one class.
 */
public final class PlatformDialect implements Dialect {

    static final List<String> DEPLOYMENT_TYPES = List.of("dev", "prod", "preview", "custom");
    static final List<String> REGIONS = List.of("aws-us-east-1", "aws-eu-west-1");
    static final Map<String, String> REGION_NAMES = Map.of("aws-us-east-1", "US East (N. Virginia)", "aws-eu-west-1", "EU West (Ireland)");
    static final List<String> CLASSES = List.of("s16", "s256", "d1024", "d2048");
    static final List<String> DESTINATIONS = List.of("convexCloud", "convexSite");
    static final List<String> ALLOWED_ACTIONS = List.of(
            "deployment:deploy", "deployment:env:view", "deployment:env:write", "deployment:pause", "deployment:unpause",
            "deployment:logs:view", "deployment:metrics:view", "deployment:integrations:view", "deployment:integrations:write",
            "deployment:data:view", "deployment:data:write", "deployment:backups:view", "deployment:backups:create",
            "deployment:backups:download", "deployment:backups:delete", "deployment:backups:import",
            "deployment:functions:actAsUser", "deployment:functions:runInternalQueries", "deployment:functions:runInternalMutations",
            "deployment:functions:runInternalActions", "deployment:functions:runTestQuery", "deployment:auditLog:view",
            "deployment:usageLimits:view", "deployment:usageLimits:write", "deployment:usage:view");
    static final String DEFAULT_REGION = "aws-us-east-1";
    static final String DEFAULT_CLASS = "s16";

    private final EmulatorState state;
    private final LongSupplier clock;

    public PlatformDialect(EmulatorState state) {
        this(state, System::currentTimeMillis);
    }

    PlatformDialect(EmulatorState state, LongSupplier clock) {
        this.state = state;
        this.clock = clock;
    }

    @Override
    public void register(Router router) {
        router.post("/teams/{team_id}/create_project", this::createProject)
                .get("/teams/{team_id}/projects", this::listProjects)
                .get("/projects/{project_id}", this::getProject)
                .get("/teams/{team_id_or_slug}/projects/{project_slug}", this::getProjectBySlug)
                .post("/projects/{project_id}/delete", this::deleteProject)
                .post("/projects/{project_id}/create_deployment", this::createDeployment)
                .get("/projects/{project_id}/list_deployments", this::listDeployments)
                .get("/projects/{project_id}/deployment", this::getProjectDeployment)
                .get("/teams/{team_id_or_slug}/projects/{project_slug}/deployment", this::getProjectDeploymentBySlug)
                .get("/deployments/{deployment_name}", this::getDeployment)
                .patch("/deployments/{deployment_name}", this::updateDeployment)
                .post("/deployments/{deployment_name}/delete", this::deleteDeployment)
                .post("/deployments/{deployment_name}/create_deploy_key", this::createDeployKey)
                .get("/deployments/{deployment_name}/list_deploy_keys", this::listDeployKeys)
                .post("/deployments/{deployment_name}/delete_deploy_key", this::deleteDeployKey)
                .post("/projects/{project_id}/create_preview_deploy_key", this::createPreviewDeployKey)
                .get("/projects/{project_id}/list_preview_deploy_keys", this::listPreviewDeployKeys)
                .post("/projects/{project_id}/delete_preview_deploy_key", this::deletePreviewDeployKey)
                .post("/deployments/{deployment_name}/create_custom_domain", this::createCustomDomain)
                .get("/deployments/{deployment_name}/custom_domains", this::listCustomDomains)
                .post("/deployments/{deployment_name}/delete_custom_domain", this::deleteCustomDomain)
                .get("/teams/{team_id}/list_members", this::listTeamMembers)
                .post("/teams/{team_id}/create_access_token", this::createAccessToken)
                .get("/teams/{team_id}/list_deployments", this::listTeamDeployments)
                .get("/teams/{team_id}/list_deployment_regions", this::listDeploymentRegions)
                .get("/teams/{team_id}/list_deployment_classes", this::listDeploymentClasses)
                .get("/token_details", this::getTokenDetails);
    }

    // ---- projects -----------------------------------------------------------------------------

    private ApiResponse createProject(ApiRequest request) {
        long teamId = request.pathId("team_id");
        JsonBody body = request.body();
        String name = body.requiredText("projectName");
        String type = body.optionalEnum("deploymentType", DEPLOYMENT_TYPES);
        String region = body.optionalEnum("deploymentRegion", REGIONS);
        String deploymentClass = body.optionalEnum("deploymentClass", CLASSES);
        NewDeployment initial = type == null && region == null ? null
                : new NewDeployment(type == null ? "prod" : type, region == null ? DEFAULT_REGION : region,
                        deploymentClass == null ? DEFAULT_CLASS : deploymentClass, null, null, DefaultRule.IF_NONE);
        CreatedProject created = state.createProject(request.teamId(), teamId, name, initial);
        ObjectNode response = Json.object()
                .put("id", created.project().id())
                .put("projectId", created.project().id())
                .put("slug", created.project().slug());
        if (created.deployment() != null) {
            response.put("deploymentName", created.deployment().name()).put("deploymentUrl", url(created.deployment()));
        }
        return ApiResponse.ok(response);
    }

    private ApiResponse listProjects(ApiRequest request) {
        String q = request.query("q");
        List<Project> projects = state.projects(request.teamId(), request.pathId("team_id")).stream()
                .filter(p -> q == null || q.isEmpty() || contains(p.name(), q) || contains(p.slug(), q))
                .toList();
        return ApiResponse.ok(Page.of(request, projects, p -> project(request.teamId(), p)));
    }

    private ApiResponse getProject(ApiRequest request) {
        return ApiResponse.ok(project(request.teamId(), state.project(request.teamId(), request.pathId("project_id"))));
    }

    private ApiResponse getProjectBySlug(ApiRequest request) {
        Project p = state.projectBySlug(request.teamId(), request.path("team_id_or_slug"), request.path("project_slug"));
        return ApiResponse.ok(project(request.teamId(), p));
    }

    private ApiResponse deleteProject(ApiRequest request) {
        state.deleteProject(request.teamId(), request.pathId("project_id"));
        return ApiResponse.empty();
    }

    // ---- deployments --------------------------------------------------------------------------

    private ApiResponse createDeployment(ApiRequest request) {
        long projectId = request.pathId("project_id");
        JsonBody body = request.body();
        String type = body.requiredEnum("type", DEPLOYMENT_TYPES);
        String region = body.optionalEnum("region", REGIONS);
        String deploymentClass = body.optionalEnum("class", CLASSES);
        String reference = body.optionalString("reference");
        if (reference != null) {
            References.require("reference", reference);
        }
        Boolean isDefault = body.optionalBoolean("isDefault");
        if (Boolean.TRUE.equals(isDefault) && !(type.equals("prod") || type.equals("dev"))) {
            throw ApiError.invalidField("isDefault", true, "false or nothing for a " + type + " deployment (only dev and prod have defaults)");
        }
        Long expiresAt = futureTime(body, "expiresAt");
        DefaultRule rule = isDefault != null ? (isDefault ? DefaultRule.YES : DefaultRule.NO)
                : reference == null && (type.equals("prod") || type.equals("dev")) ? DefaultRule.IF_NONE : DefaultRule.NO;
        Deployment created = state.createDeployment(request.teamId(), projectId, new NewDeployment(type,
                region == null ? DEFAULT_REGION : region, deploymentClass == null ? DEFAULT_CLASS : deploymentClass, reference, expiresAt, rule));
        return ApiResponse.ok(deployment(created));
    }

    private ApiResponse listDeployments(ApiRequest request) {
        long projectId = request.pathId("project_id");
        String type = QueryParams.oneOf(request, "deploymentType", DEPLOYMENT_TYPES);
        Boolean isDefault = QueryParams.bool(request, "isDefault");
        QueryParams.bool(request, "includeLocal");
        List<Deployment> deployments = filter(state.deployments(request.teamId(), projectId).stream(), type, isDefault).toList();
        return ApiResponse.ok(array(deployments, this::deployment));
    }

    private ApiResponse getProjectDeployment(ApiRequest request) {
        return ApiResponse.ok(deployment(deploymentInProject(request, state.project(request.teamId(), request.pathId("project_id")))));
    }

    private ApiResponse getProjectDeploymentBySlug(ApiRequest request) {
        Project p = state.projectBySlug(request.teamId(), request.path("team_id_or_slug"), request.path("project_slug"));
        return ApiResponse.ok(deployment(deploymentInProject(request, p)));
    }

    /** {@code ?reference=...}, {@code ?defaultProd=true} or {@code ?defaultDev=true}. */
    private Deployment deploymentInProject(ApiRequest request, Project project) {
        String reference = request.query("reference");
        if (reference != null && !reference.isEmpty()) {
            return state.deploymentByReference(request.teamId(), project.id(), reference)
                    .orElseThrow(() -> ApiError.notFound("DeploymentNotFound",
                            "Project " + project.id() + " has no deployment with reference '" + reference + "'"));
        }
        for (String type : List.of("prod", "dev")) {
            String parameter = "default" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
            if (Boolean.TRUE.equals(QueryParams.bool(request, parameter))) {
                return state.defaultDeployment(request.teamId(), project.id(), type)
                        .orElseThrow(() -> ApiError.notFound("DeploymentNotFound", "Project " + project.id() + " has no default " + type + " deployment"));
            }
        }
        throw ApiError.badRequest("MissingField", "Give one of the query parameters 'reference', 'defaultProd=true' or 'defaultDev=true'");
    }

    private ApiResponse getDeployment(ApiRequest request) {
        return ApiResponse.ok(deployment(state.deployment(request.teamId(), request.path("deployment_name"))));
    }

    private ApiResponse updateDeployment(ApiRequest request) {
        String name = request.path("deployment_name");
        JsonBody body = request.body();
        String reference = body.optionalString("reference");
        if (reference != null) {
            References.require("reference", reference);
        }
        Long expiresAt = futureTime(body, "expiresAt");
        String deploymentClass = body.optionalEnum("class", CLASSES);
        Boolean isDefault = body.optionalBoolean("isDefault");
        Deployment current = state.deployment(request.teamId(), name);
        if (Boolean.TRUE.equals(isDefault) && !(current.isOfType("prod") || current.isOfType("dev"))) {
            throw ApiError.invalidField("isDefault", true, "false or nothing for a " + current.deploymentType() + " deployment");
        }
        if (body.has("deploymentType") && !body.optionalEnum("deploymentType", DEPLOYMENT_TYPES).equals(current.deploymentType())) {
            throw ApiError.invalidField("deploymentType", body.optionalString("deploymentType"),
                    "the deployment's own type (" + current.deploymentType() + "): the emulator does not change types");
        }
        state.updateDeployment(request.teamId(), name,
                new DeploymentUpdate(reference, expiresAt, body.isExplicitNull("expiresAt"), deploymentClass, isDefault));
        return ApiResponse.empty();
    }

    private ApiResponse deleteDeployment(ApiRequest request) {
        state.deleteDeployment(request.teamId(), request.path("deployment_name"));
        return ApiResponse.empty();
    }

    private ApiResponse listTeamDeployments(ApiRequest request) {
        long teamId = request.pathId("team_id");
        String type = QueryParams.oneOf(request, "deploymentType", DEPLOYMENT_TYPES);
        Boolean isDefault = QueryParams.bool(request, "isDefault");
        Long projectId = QueryParams.number(request, "projectId");
        Long creator = QueryParams.number(request, "creator");
        String q = request.query("q");
        String sortBy = QueryParams.oneOf(request, "sortBy", List.of("createTime", "lastDeployTime", "reference"));
        String sortOrder = QueryParams.oneOf(request, "sortOrder", List.of("asc", "desc"));
        Comparator<Deployment> order = "reference".equals(sortBy)
                ? Comparator.comparing(Deployment::reference)
                : Comparator.comparingLong(Deployment::createTime).thenComparingLong(Deployment::id);
        if ("desc".equals(sortOrder)) {
            order = order.reversed();
        }
        List<Deployment> deployments = filter(state.teamDeployments(request.teamId(), teamId).stream(), type, isDefault)
                .filter(d -> projectId == null || d.projectId() == projectId)
                .filter(d -> creator == null || creator.equals(d.creator()))
                .filter(d -> q == null || q.isEmpty() || contains(d.name(), q) || contains(d.reference(), q))
                .sorted(order)
                .toList();
        return ApiResponse.ok(Page.of(request, deployments, this::deployment));
    }

    private ApiResponse listDeploymentRegions(ApiRequest request) {
        state.team(request.teamId(), request.pathId("team_id"));
        ArrayNode items = Json.array();
        REGIONS.forEach(r -> items.add(Json.object().put("name", r).put("displayName", REGION_NAMES.get(r)).put("available", true)));
        return ApiResponse.ok(items("items", items));
    }

    private ApiResponse listDeploymentClasses(ApiRequest request) {
        state.team(request.teamId(), request.pathId("team_id"));
        ArrayNode items = Json.array();
        CLASSES.forEach(c -> items.add(Json.object().put("type", c).put("available", true)));
        return ApiResponse.ok(items("items", items));
    }

    // ---- keys ---------------------------------------------------------------------------------

    private ApiResponse createDeployKey(ApiRequest request) {
        JsonBody body = request.body();
        String name = body.requiredText("name");
        Long expiresAt = futureTime(body, "expiresAt");
        List<String> actions = body.optionalStringList("allowedActions", ALLOWED_ACTIONS);
        Created<DeployKey> created = state.createUniquelyNamedDeployKey(request.teamId(), request.path("deployment_name"), name, expiresAt, actions);
        return ApiResponse.ok(Json.object().put("deployKey", created.secret()));
    }

    private ApiResponse listDeployKeys(ApiRequest request) {
        return ApiResponse.ok(array(state.deployKeysOfDeployment(request.teamId(), request.path("deployment_name")),
                k -> deployKey(k.id(), k.name(), k.createTime(), k.creator(), k.expiresAt(), k.allowedActions())));
    }

    private ApiResponse deleteDeployKey(ApiRequest request) {
        state.deleteDeployKey(request.teamId(), request.path("deployment_name"), request.body().requiredText("id"));
        return ApiResponse.empty();
    }

    private ApiResponse createPreviewDeployKey(ApiRequest request) {
        long projectId = request.pathId("project_id");
        JsonBody body = request.body();
        String name = body.requiredText("name");
        Long expiresAt = futureTime(body, "expiresAt");
        Created<PreviewDeployKey> created = state.createPreviewDeployKey(request.teamId(), projectId, name, expiresAt);
        return ApiResponse.ok(Json.object().put("previewDeployKey", created.secret()));
    }

    private ApiResponse listPreviewDeployKeys(ApiRequest request) {
        QueryParams.bool(request, "includeManaged");
        List<PreviewDeployKey> keys = state.previewDeployKeys(request.teamId(), request.pathId("project_id"));
        return ApiResponse.ok(items("items", array(keys, k -> deployKey(k.id(), k.name(), k.createTime(), k.creator(), k.expiresAt(), null))));
    }

    private ApiResponse deletePreviewDeployKey(ApiRequest request) {
        state.deletePreviewDeployKey(request.teamId(), request.pathId("project_id"), request.body().requiredText("id"));
        return ApiResponse.empty();
    }

    // ---- custom domains, members, tokens ------------------------------------------------------

    private ApiResponse createCustomDomain(ApiRequest request) {
        JsonBody body = request.body();
        String domain = Domains.require("domain", body.requiredText("domain"));
        String destination = body.requiredEnum("requestDestination", DESTINATIONS);
        state.createCustomDomain(request.teamId(), request.path("deployment_name"), domain, destination);
        return ApiResponse.empty();
    }

    private ApiResponse listCustomDomains(ApiRequest request) {
        List<CustomDomain> domains = state.customDomains(request.teamId(), request.path("deployment_name"));
        return ApiResponse.ok(items("domains", array(domains, c -> Json.object()
                .put("domain", c.domain())
                .put("requestDestination", c.requestDestination())
                .put("deploymentName", c.deploymentName())
                .put("creationTime", c.creationTime()))));
    }

    private ApiResponse deleteCustomDomain(ApiRequest request) {
        JsonBody body = request.body();
        String domain = body.requiredText("domain");
        String destination = body.requiredEnum("requestDestination", DESTINATIONS);
        state.deleteCustomDomain(request.teamId(), request.path("deployment_name"), domain, destination);
        return ApiResponse.empty();
    }

    private ApiResponse listTeamMembers(ApiRequest request) {
        List<Member> members = state.members(request.teamId(), request.pathId("team_id"));
        return ApiResponse.ok(items("items", array(members, m -> Json.object()
                .put("id", m.id()).put("email", m.email()).put("name", m.name()).put("role", m.role()))));
    }

    private ApiResponse createAccessToken(ApiRequest request) {
        long teamId = request.pathId("team_id");
        JsonBody body = request.optionalBody();
        String name = body.optionalString("name");
        Long expiresAt = futureTime(body, "expiresAt");
        Created<AccessToken> created = state.createAccessToken(request.teamId(), teamId, name == null || name.isBlank() ? "access token" : name, expiresAt);
        return ApiResponse.ok(Json.object().put("accessToken", created.secret()).put("tokenType", "teamToken"));
    }

    private ApiResponse getTokenDetails(ApiRequest request) {
        AccessToken token = state.tokenDetails(request.bearer());
        return ApiResponse.ok(Json.object()
                .put("type", "teamToken")
                .put("id", token.id())
                .put("name", token.name())
                .put("teamId", token.teamId())
                .put("createTime", token.createTime()));
    }

    // ---- JSON shapes --------------------------------------------------------------------------

    private ObjectNode project(long callerTeam, Project p) {
        Team team = state.team(callerTeam, p.teamId());
        ObjectNode node = Json.object()
                .put("id", p.id())
                .put("name", p.name())
                .put("slug", p.slug())
                .put("teamId", p.teamId())
                .put("teamSlug", team.slug())
                .put("createTime", p.createTime());
        state.defaultDeployment(callerTeam, p.id(), "prod").ifPresent(d -> node.put("prodDeploymentName", d.name()));
        state.defaultDeployment(callerTeam, p.id(), "dev").ifPresent(d -> node.put("devDeploymentName", d.name()));
        return node;
    }

    private ObjectNode deployment(Deployment d) {
        ObjectNode node = Json.object()
                .put("kind", "cloud")
                .put("id", d.id())
                .put("name", d.name())
                .put("deploymentType", d.deploymentType())
                .put("class", d.deploymentClass())
                .put("region", d.region())
                .put("projectId", d.projectId())
                .put("deploymentUrl", url(d))
                .put("createTime", d.createTime())
                .put("isDefault", state.isDefault(d))
                .put("reference", d.reference());
        if (d.creator() != null) {
            node.put("creator", d.creator());
        }
        if (d.expiresAt() != null) {
            node.put("expiresAt", d.expiresAt());
        }
        return node;
    }

    private static ObjectNode deployKey(long id, String name, long creationTime, Long creator, Long expiresAt, List<String> allowedActions) {
        ObjectNode node = Json.object().put("id", id).put("name", name).put("creationTime", creationTime);
        if (creator != null) {
            node.put("creator", creator);
        }
        if (expiresAt != null) {
            node.put("expiresAt", expiresAt);
        }
        ArrayNode actions = node.putArray("allowedActions");
        (allowedActions == null ? ALLOWED_ACTIONS : allowedActions).forEach(actions::add);
        return node;
    }

    /** US East deployments live at {@code <name>.convex.cloud}, others at {@code <name>.<region>.convex.cloud}. */
    private static String url(Deployment d) {
        String region = d.region() == null || d.region().equals(DEFAULT_REGION) ? "" : "." + d.region().replaceFirst("^aws-", "");
        return "https://" + d.name() + region + ".convex.cloud";
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Stream<Deployment> filter(Stream<Deployment> deployments, String type, Boolean isDefault) {
        return deployments
                .filter(d -> type == null || d.isOfType(type))
                .filter(d -> isDefault == null || state.isDefault(d) == isDefault);
    }

    /** An epoch-millisecond time that must lie in the future, or null when absent. */
    private Long futureTime(JsonBody body, String field) {
        Long value = body.optionalLong(field);
        if (value != null && value <= clock.getAsLong()) {
            throw ApiError.invalidField(field, value, "a time in the future, in epoch milliseconds");
        }
        return value;
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
    }

    private static ObjectNode items(String field, ArrayNode array) {
        ObjectNode node = Json.object();
        node.set(field, array);
        return node;
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ? extends JsonNode> shape) {
        ArrayNode array = Json.array();
        items.forEach(item -> array.add(shape.apply(item)));
        return array;
    }
}
