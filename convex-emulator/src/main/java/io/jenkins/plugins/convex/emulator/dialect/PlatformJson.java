package io.jenkins.plugins.convex.emulator.dialect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.emulator.http.Json;
import io.jenkins.plugins.convex.emulator.state.AccessToken;
import io.jenkins.plugins.convex.emulator.state.CreatedProject;
import io.jenkins.plugins.convex.emulator.state.CustomDomain;
import io.jenkins.plugins.convex.emulator.state.DeployKey;
import io.jenkins.plugins.convex.emulator.state.Deployment;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import io.jenkins.plugins.convex.emulator.state.Member;
import io.jenkins.plugins.convex.emulator.state.PreviewDeployKey;
import io.jenkins.plugins.convex.emulator.state.Project;
import io.jenkins.plugins.convex.emulator.state.Team;
import java.util.List;

/**
 * The live service's JSON shapes: camelCase fields, epoch-millisecond times, optional fields left
 * out when unset. Projects and deployments ask the state for their default flags, hence an instance.
 */
final class PlatformJson {

    private final EmulatorState state;
    private final DeploymentUrls urls;

    PlatformJson(EmulatorState state, DeploymentUrls urls) {
        this.state = state;
        this.urls = urls;
    }

    ObjectNode project(long callerTeam, Project p) {
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

    /** The answer to create_project: ids and slug, and the initial deployment when one was made. */
    ObjectNode createdProject(CreatedProject created) {
        ObjectNode response = Json.object()
                .put("id", created.project().id())
                .put("projectId", created.project().id())
                .put("slug", created.project().slug());
        if (created.deployment() != null) {
            response.put("deploymentName", created.deployment().name()).put("deploymentUrl", url(created.deployment()));
        }
        return response;
    }

    ObjectNode deployment(Deployment d) {
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
        putIfSet(node, "creator", d.creator());
        putIfSet(node, "expiresAt", d.expiresAt());
        return node;
    }

    static ObjectNode deployKey(DeployKey k) {
        return key(k.id(), k.name(), k.createTime(), k.creator(), k.expiresAt(), k.allowedActions());
    }

    /** Preview deploy keys allow every action. */
    static ObjectNode previewDeployKey(PreviewDeployKey k) {
        return key(k.id(), k.name(), k.createTime(), k.creator(), k.expiresAt(), null);
    }

    static ObjectNode customDomain(CustomDomain c) {
        return Json.object()
                .put("domain", c.domain())
                .put("requestDestination", c.requestDestination())
                .put("deploymentName", c.deploymentName())
                .put("creationTime", c.creationTime());
    }

    static ObjectNode member(Member m) {
        return Json.object().put("id", m.id()).put("email", m.email()).put("name", m.name()).put("role", m.role());
    }

    static ObjectNode tokenDetails(AccessToken token) {
        return Json.object()
                .put("type", "teamToken")
                .put("id", token.id())
                .put("name", token.name())
                .put("teamId", token.teamId())
                .put("createTime", token.createTime());
    }

    static ObjectNode region(String name) {
        return Json.object().put("name", name).put("displayName", PlatformDialect.REGION_NAMES.get(name)).put("available", true);
    }

    static ObjectNode deploymentClass(String type) {
        return Json.object().put("type", type).put("available", true);
    }

    /** An unpaginated list, {@code {"<field>": [...]}}. */
    static ObjectNode listIn(String field, ArrayNode array) {
        ObjectNode node = Json.object();
        node.set(field, array);
        return node;
    }

    /** US East deployments live at {@code <name>.convex.cloud}, others at {@code <name>.<region>.convex.cloud} (or at the emulator). */
    String url(Deployment d) {
        String region = d.region() == null || d.region().equals(PlatformDialect.DEFAULT_REGION) ? "" : "." + d.region().replaceFirst("^aws-", "");
        return urls.of(d.name(), "https://" + d.name() + region + ".convex.cloud");
    }

    private static ObjectNode key(long id, String name, long creationTime, Long creator, Long expiresAt, List<String> allowedActions) {
        ObjectNode node = Json.object().put("id", id).put("name", name).put("creationTime", creationTime);
        putIfSet(node, "creator", creator);
        putIfSet(node, "expiresAt", expiresAt);
        ArrayNode actions = node.putArray("allowedActions");
        (allowedActions == null ? PlatformDialect.ALLOWED_ACTIONS : allowedActions).forEach(actions::add);
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
