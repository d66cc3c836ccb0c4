package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.DeploymentClassInfo;
import io.jenkins.plugins.convex.client.model.DeploymentRegionInfo;
import io.jenkins.plugins.convex.client.model.PreviewDeployKey;
import io.jenkins.plugins.convex.client.model.TokenDetails;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live-only models in the command line's vocabulary: snake_case names like the spec's, ISO-8601
 * timestamps, whatever the wire said (camelCase, epoch milliseconds).
 */
final class LiveViews {

    private LiveViews() {
    }

    /** {@code key} is only present in the answer to its creation; {@code id} only in listings. */
    static Map<String, Object> previewDeployKey(PreviewDeployKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("name", k.name());
        m.put("key", k.key());
        m.put("created_at", iso(k.createdAt()));
        m.put("expires_at", iso(k.expiresAt()));
        return m;
    }

    static Map<String, Object> region(DeploymentRegionInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("display_name", r.displayName());
        m.put("available", r.available());
        return m;
    }

    static Map<String, Object> deploymentClass(DeploymentClassInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deployment_class", c.type());
        m.put("available", c.available());
        return m;
    }

    static Map<String, Object> tokenDetails(TokenDetails t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", t.type());
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("team_id", t.teamId());
        m.put("project_id", t.projectId());
        m.put("create_time", iso(t.createTime()));
        return m;
    }

    /** Metadata only: a listed token never carries its value. */
    static Map<String, Object> accessTokenInfo(AccessTokenInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("created_at", iso(t.createdAt()));
        m.put("expires_at", iso(t.expiresAt()));
        m.put("last_used_at", iso(t.lastUsedAt()));
        return m;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
