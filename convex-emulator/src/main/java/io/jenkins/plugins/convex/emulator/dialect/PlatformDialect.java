package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.http.ApiRequest;
import io.jenkins.plugins.convex.emulator.http.ApiResponse;
import io.jenkins.plugins.convex.emulator.http.Json;
import io.jenkins.plugins.convex.emulator.http.JsonBody;
import io.jenkins.plugins.convex.emulator.http.Router;
import io.jenkins.plugins.convex.emulator.state.AccessToken;
import io.jenkins.plugins.convex.emulator.state.Created;
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
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The live service's dialect ({@code api.convex.dev/v1}, as the official {@code @convex-dev/platform}
 * client sees it): its routes, camelCase fields, epoch-millisecond times, paginated lists,
 * references, expiries and preview deploy keys. The routes and the reading of requests are here;
 * the JSON written back is in {@link PlatformJson}, pagination in {@link Page}.
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
    private final PlatformJson json;
    private final LongSupplier clock;

    public PlatformDialect(EmulatorState state) {
        this(state, DeploymentUrls.cloud());
    }

    public PlatformDialect(EmulatorState state, DeploymentUrls urls) {
        this(state, urls, System::currentTimeMillis);
    }

    PlatformDialect(EmulatorState state, DeploymentUrls urls, LongSupplier clock) {
        this.state = state;
        this.json = new PlatformJson(state, urls);
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
        new PlatformVariablesAndTokens(state).register(router);
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
        return ApiResponse.ok(json.createdProject(state.createProject(request.teamId(), teamId, name, initial)));
    }

    private ApiResponse listProjects(ApiRequest request) {
        String q = request.query("q");
        List<Project> projects = state.projects(request.teamId(), request.pathId("team_id")).stream()
                .filter(p -> QueryParams.searchMatches(q, p.name(), p.slug()))
                .toList();
        return ApiResponse.ok(Page.of(request, projects, p -> json.project(request.teamId(), p)));
    }

    private ApiResponse getProject(ApiRequest request) {
        return ApiResponse.ok(json.project(request.teamId(), state.project(request.teamId(), request.pathId("project_id"))));
    }

    private ApiResponse getProjectBySlug(ApiRequest request) {
        Project p = state.projectBySlug(request.teamId(), request.path("team_id_or_slug"), request.path("project_slug"));
        return ApiResponse.ok(json.project(request.teamId(), p));
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
        return ApiResponse.ok(json.deployment(created));
    }

    private ApiResponse listDeployments(ApiRequest request) {
        long projectId = request.pathId("project_id");
        DeploymentListFilter filter = DeploymentListFilter.forProject(state, request);
        List<Deployment> deployments = filter.apply(state.deployments(request.teamId(), projectId));
        return ApiResponse.ok(Json.array(deployments, json::deployment));
    }

    private ApiResponse getProjectDeployment(ApiRequest request) {
        return ApiResponse.ok(json.deployment(deploymentInProject(request, state.project(request.teamId(), request.pathId("project_id")))));
    }

    private ApiResponse getProjectDeploymentBySlug(ApiRequest request) {
        Project p = state.projectBySlug(request.teamId(), request.path("team_id_or_slug"), request.path("project_slug"));
        return ApiResponse.ok(json.deployment(deploymentInProject(request, p)));
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
        return ApiResponse.ok(json.deployment(state.deployment(request.teamId(), request.path("deployment_name"))));
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
        DeploymentListFilter filter = DeploymentListFilter.forTeam(state, request);
        List<Deployment> deployments = filter.apply(state.teamDeployments(request.teamId(), teamId));
        return ApiResponse.ok(Page.of(request, deployments, json::deployment));
    }

    private ApiResponse listDeploymentRegions(ApiRequest request) {
        state.team(request.teamId(), request.pathId("team_id"));
        return ApiResponse.ok(PlatformJson.listIn("items", Json.array(REGIONS, PlatformJson::region)));
    }

    private ApiResponse listDeploymentClasses(ApiRequest request) {
        state.team(request.teamId(), request.pathId("team_id"));
        return ApiResponse.ok(PlatformJson.listIn("items", Json.array(CLASSES, PlatformJson::deploymentClass)));
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
        return ApiResponse.ok(Json.array(state.deployKeysOfDeployment(request.teamId(), request.path("deployment_name")),
                PlatformJson::deployKey));
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
        return ApiResponse.ok(PlatformJson.listIn("items", Json.array(keys, PlatformJson::previewDeployKey)));
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
        return ApiResponse.ok(PlatformJson.listIn("domains", Json.array(domains, PlatformJson::customDomain)));
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
        return ApiResponse.ok(PlatformJson.listIn("items", Json.array(members, PlatformJson::member)));
    }

    private ApiResponse createAccessToken(ApiRequest request) {
        long teamId = request.pathId("team_id");
        JsonBody body = request.optionalBody();
        String name = body.optionalString("name");
        Long expiresAt = futureTime(body, "expiresAt");
        PlatformVariablesAndTokens.requireAccessTokenExpiry(expiresAt, clock.getAsLong());
        Created<AccessToken> created = state.createAccessToken(request.teamId(), teamId, name == null || name.isBlank() ? "access token" : name, expiresAt);
        return ApiResponse.ok(Json.object().put("accessToken", created.secret()).put("tokenType", "teamToken"));
    }

    private ApiResponse getTokenDetails(ApiRequest request) {
        return ApiResponse.ok(PlatformJson.tokenDetails(state.tokenDetails(request.bearer())));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** An epoch-millisecond time that must lie in the future, or null when absent. */
    private Long futureTime(JsonBody body, String field) {
        Long value = body.optionalLong(field);
        if (value != null && value <= clock.getAsLong()) {
            throw ApiError.invalidField(field, value, "a time in the future, in epoch milliseconds");
        }
        return value;
    }
}
