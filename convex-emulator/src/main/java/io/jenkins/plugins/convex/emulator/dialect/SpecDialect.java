package io.jenkins.plugins.convex.emulator.dialect;

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
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import io.jenkins.plugins.convex.emulator.state.Member;
import io.jenkins.plugins.convex.emulator.state.NewDeployment;
import io.jenkins.plugins.convex.emulator.state.Project;
import java.time.Instant;
import java.util.List;

/**
 * The contract's dialect (docs/contract.md): its 17 routes, snake_case
 * fields, enums and ISO-8601 timestamps, all in this one class.
 */
public final class SpecDialect implements Dialect {

    static final List<String> DEPLOYMENT_TYPES = List.of("dev", "prod", "preview", "custom");
    static final List<String> REGIONS = List.of("aws-us-east-1", "aws-eu-west-1");
    static final List<String> CLASSES = List.of("s16", "s256", "d1024");
    static final List<String> DESTINATIONS = List.of("convexCloud", "convexSite");
    static final String DEFAULT_CLASS = "s16";

    private final EmulatorState state;
    private final DeploymentUrls urls;

    public SpecDialect(EmulatorState state) {
        this(state, DeploymentUrls.cloud());
    }

    public SpecDialect(EmulatorState state, DeploymentUrls urls) {
        this.state = state;
        this.urls = urls;
    }

    @Override
    public void register(Router router) {
        router.post("/teams/{team_id}/create_project", this::createProject)
                .get("/teams/{team_id}/list_projects", this::listProjects)
                .get("/projects/{project_id}", this::getProject)
                .get("/teams/{team_id_or_slug}/projects/{project_slug}", this::getProjectBySlug)
                .post("/projects/{project_id}/delete", this::deleteProject)
                .post("/projects/{project_id}/deployments/create_cloud", this::createCloudDeployment)
                .get("/projects/{project_id}/deployments/list", this::listDeployments)
                .get("/deployments/{deployment_name}", this::getDeployment)
                .post("/deployments/{deployment_name}/delete", this::deleteDeployment)
                .get("/projects/{project_id}/deployment/default_prod", this::getDefaultProdDeployment)
                .post("/projects/{project_id}/deployments/create_deploy_key", this::createDeployKey)
                .get("/projects/{project_id}/deployment/deploy_key/list", this::listDeployKeys)
                .post("/deployments/{deployment_name}/custom_domains/create", this::createCustomDomain)
                .get("/deployments/{deployment_name}/custom_domains/list", this::listCustomDomains)
                .post("/deployments/{deployment_name}/custom_domains/delete", this::deleteCustomDomain)
                .get("/teams/{team_id}/members", this::listTeamMembers)
                .post("/teams/{team_id}/create_access_token", this::createAccessToken);
    }

    // ---- operations ---------------------------------------------------------------------------

    private ApiResponse createProject(ApiRequest request) {
        long teamId = request.pathId("team_id");
        JsonBody body = request.body();
        String name = body.requiredText("name");
        Long bodyTeam = body.optionalLong("team_id");
        if (bodyTeam != null && bodyTeam != teamId) {
            throw ApiError.invalidField("team_id", bodyTeam, "the team id of the path (" + teamId + ") or nothing");
        }
        String region = body.optionalEnum("deployment_region", REGIONS);
        String deploymentClass = body.optionalEnum("deployment_class", CLASSES);
        NewDeployment initial = region == null ? null
                : NewDeployment.of("prod", region, deploymentClass == null ? DEFAULT_CLASS : deploymentClass);
        CreatedProject created = state.createProject(request.teamId(), teamId, name, initial);
        return ApiResponse.ok(project(created.project()));
    }

    private ApiResponse listProjects(ApiRequest request) {
        return ApiResponse.ok(Json.array(state.projects(request.teamId(), request.pathId("team_id")), this::project));
    }

    private ApiResponse getProject(ApiRequest request) {
        return ApiResponse.ok(project(state.project(request.teamId(), request.pathId("project_id"))));
    }

    private ApiResponse getProjectBySlug(ApiRequest request) {
        return ApiResponse.ok(project(state.projectBySlug(request.teamId(), request.path("team_id_or_slug"), request.path("project_slug"))));
    }

    private ApiResponse deleteProject(ApiRequest request) {
        state.deleteProject(request.teamId(), request.pathId("project_id"));
        return ApiResponse.empty();
    }

    private ApiResponse createCloudDeployment(ApiRequest request) {
        long projectId = request.pathId("project_id");
        JsonBody body = request.body();
        String type = body.requiredEnum("deployment_type", DEPLOYMENT_TYPES);
        String region = body.requiredEnum("region", REGIONS);
        String deploymentClass = body.optionalEnum("deployment_class", CLASSES);
        Deployment created = state.createDeployment(request.teamId(), projectId,
                NewDeployment.of(type, region, deploymentClass == null ? DEFAULT_CLASS : deploymentClass));
        return ApiResponse.ok(deployment(created));
    }

    private ApiResponse listDeployments(ApiRequest request) {
        return ApiResponse.ok(Json.array(state.deployments(request.teamId(), request.pathId("project_id")), this::deployment));
    }

    private ApiResponse getDeployment(ApiRequest request) {
        return ApiResponse.ok(deployment(state.deployment(request.teamId(), request.path("deployment_name"))));
    }

    private ApiResponse deleteDeployment(ApiRequest request) {
        state.deleteDeployment(request.teamId(), request.path("deployment_name"));
        return ApiResponse.empty();
    }

    private ApiResponse getDefaultProdDeployment(ApiRequest request) {
        long projectId = request.pathId("project_id");
        Deployment prod = state.defaultDeployment(request.teamId(), projectId, "prod")
                .orElseThrow(() -> ApiError.notFound("DeploymentNotFound", "Project " + projectId + " has no prod deployment"));
        return ApiResponse.ok(deployment(prod));
    }

    private ApiResponse createDeployKey(ApiRequest request) {
        long projectId = request.pathId("project_id");
        JsonBody body = request.body();
        String deploymentName = body.requiredText("deployment_name");
        String keyName = body.optionalString("key_name");
        if (keyName != null && keyName.isBlank()) {
            throw ApiError.invalidField("key_name", keyName, "a non-empty string or nothing");
        }
        Created<DeployKey> created = state.createDeployKey(request.teamId(), projectId, deploymentName, keyName, null, null);
        return ApiResponse.ok(deployKey(created.value()).put("key", created.secret()));
    }

    private ApiResponse listDeployKeys(ApiRequest request) {
        return ApiResponse.ok(Json.array(state.deployKeysOfProject(request.teamId(), request.pathId("project_id")), this::deployKey));
    }

    private ApiResponse createCustomDomain(ApiRequest request) {
        JsonBody body = request.body();
        String domain = Domains.require("domain", body.requiredText("domain"));
        String destination = body.requiredEnum("request_destination", DESTINATIONS);
        CustomDomain created = state.createCustomDomain(request.teamId(), request.path("deployment_name"), domain, destination);
        return ApiResponse.ok(customDomain(created));
    }

    private ApiResponse listCustomDomains(ApiRequest request) {
        return ApiResponse.ok(Json.array(state.customDomains(request.teamId(), request.path("deployment_name")), this::customDomain));
    }

    private ApiResponse deleteCustomDomain(ApiRequest request) {
        String domain = request.body().requiredText("domain");
        state.deleteCustomDomain(request.teamId(), request.path("deployment_name"), domain, null);
        return ApiResponse.empty();
    }

    private ApiResponse listTeamMembers(ApiRequest request) {
        return ApiResponse.ok(Json.array(state.members(request.teamId(), request.pathId("team_id")), this::member));
    }

    private ApiResponse createAccessToken(ApiRequest request) {
        long teamId = request.pathId("team_id");
        String name = request.body().requiredText("name");
        Created<AccessToken> created = state.createAccessToken(request.teamId(), teamId, name, null);
        return ApiResponse.ok(Json.object()
                .put("name", created.value().name())
                .put("token", created.secret())
                .put("created_at", iso(created.value().createTime())));
    }

    // ---- JSON shapes --------------------------------------------------------------------------

    private ObjectNode project(Project p) {
        return Json.object().put("id", p.id()).put("slug", p.slug()).put("name", p.name()).put("team_id", p.teamId());
    }

    private ObjectNode deployment(Deployment d) {
        return Json.object()
                .put("id", d.id())
                .put("name", d.name())
                .put("deployment_type", d.deploymentType())
                .put("deployment_class", d.deploymentClass())
                .put("region", d.region())
                .put("project_id", d.projectId())
                .put("url", urls.of(d.name(), "https://" + d.name() + ".convex.cloud"));
    }

    private ObjectNode deployKey(DeployKey k) {
        return Json.object().put("name", k.name()).put("deployment_name", k.deploymentName()).put("created_at", iso(k.createTime()));
    }

    private ObjectNode customDomain(CustomDomain c) {
        return Json.object().put("domain", c.domain()).put("request_destination", c.requestDestination());
    }

    private ObjectNode member(Member m) {
        return Json.object().put("id", m.id()).put("email", m.email()).put("role", m.role());
    }

    private static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
