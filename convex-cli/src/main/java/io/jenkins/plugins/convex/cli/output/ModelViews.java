package io.jenkins.plugins.convex.cli.output;

import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.TeamMember;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The client's models as the spec spells them (snake_case field names, ISO-8601 timestamps), so
 * that scripts reading {@code --json} see the contract whatever the client's wire dialect.
 * Fields a dialect does not send are null and left out.
 */
public final class ModelViews {

    private ModelViews() {
    }

    public static Map<String, Object> project(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("slug", p.slug());
        m.put("name", p.name());
        m.put("team_id", p.teamId());
        return m;
    }

    public static Map<String, Object> deployment(Deployment d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("deployment_type", d.deploymentType());
        m.put("deployment_class", d.deploymentClass());
        m.put("region", d.region());
        m.put("project_id", d.projectId());
        m.put("url", d.url());
        m.put("reference", d.reference());
        m.put("create_time", iso(d.createTime()));
        m.put("expires_at", iso(d.expiresAt()));
        return m;
    }

    /** A deploy key; {@code key} is only present in the answer to its creation. */
    public static Map<String, Object> deployKey(DeployKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", k.name());
        m.put("deployment_name", k.deploymentName());
        m.put("key", k.key());
        m.put("created_at", iso(k.createdAt()));
        return m;
    }

    public static Map<String, Object> customDomain(CustomDomain c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", c.domain());
        m.put("request_destination", c.requestDestination());
        return m;
    }

    public static Map<String, Object> teamMember(TeamMember t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("email", t.email());
        m.put("name", t.name());
        m.put("role", t.role());
        return m;
    }

    /** An access token; {@code token} is only present in the answer to its creation. */
    public static Map<String, Object> accessToken(AccessToken a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("token", a.token());
        m.put("created_at", iso(a.createdAt()));
        return m;
    }

    public static <T> List<Map<String, Object>> all(List<T> items, Function<T, Map<String, Object>> view) {
        return items.stream().map(view).toList();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
