package io.jenkins.plugins.convex.preview.operations;

import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.TeamMember;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * The models as maps of {@code String}, {@code Long}, {@code Boolean} and {@code null} only, in a
 * fixed key order: what a Pipeline step may return to a sandboxed script and what the command
 * line prints as JSON. Times are ISO-8601 strings.
 */
public final class OperationMaps {

    private OperationMaps() {
    }

    /** {@code id, slug, name, teamId}. */
    public static LinkedHashMap<String, Object> project(Project p) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("slug", p.slug());
        m.put("name", p.name());
        m.put("teamId", p.teamId());
        return m;
    }

    /** {@code id, name, deploymentType, deploymentClass, region, projectId, url, dashboardUrl, reference, createTime, expiresAt}. */
    public static LinkedHashMap<String, Object> deployment(Deployment d) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("deploymentType", d.deploymentType());
        m.put("deploymentClass", d.deploymentClass());
        m.put("region", d.region());
        m.put("projectId", d.projectId());
        m.put("url", d.url());
        m.put("dashboardUrl", "https://dashboard.convex.dev/d/" + d.name());
        m.put("reference", d.reference());
        m.put("createTime", text(d.createTime()));
        m.put("expiresAt", text(d.expiresAt()));
        return m;
    }

    /** {@code name, deploymentName, createdAt}: a listed key has no secret to show. */
    public static LinkedHashMap<String, Object> listedDeployKey(DeployKey k) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", k.name());
        m.put("deploymentName", k.deploymentName());
        m.put("createdAt", text(k.createdAt()));
        return m;
    }

    /** {@code domain, requestDestination, deploymentName}. */
    public static LinkedHashMap<String, Object> customDomain(String deploymentName, CustomDomain d) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("domain", d.domain());
        m.put("requestDestination", d.requestDestination());
        m.put("deploymentName", deploymentName);
        return m;
    }

    /** {@code id, email, name, role}. */
    public static LinkedHashMap<String, Object> teamMember(TeamMember t) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("email", t.email());
        m.put("name", t.name());
        m.put("role", t.role());
        return m;
    }

    /** {@code name, token, createdAt}: the token in clear, for the caller to protect. */
    public static LinkedHashMap<String, Object> accessToken(AccessToken t) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("token", t.token());
        m.put("createdAt", text(t.createdAt()));
        return m;
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
