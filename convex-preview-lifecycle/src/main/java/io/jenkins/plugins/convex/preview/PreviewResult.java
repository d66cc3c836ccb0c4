package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A preview after create-or-reuse. {@link #toMap()} is the shape both the command line's JSON and
 * the plugin's step return value use. The deploy key, present only when one was asked for, is
 * shown by {@link #toMap(boolean)} with {@code true} and never by {@link #toString()}.
 *
 * @param identity        the identity
 * @param projectId       the project
 * @param name            the deployment name
 * @param url             the deployment URL as the server gives it
 * @param deploymentType  {@code preview}
 * @param region          the deployment's region (server's text)
 * @param deploymentClass the deployment's class (server's text), may be null
 * @param created         true if created now, false if reused
 * @param deployKey       the new deploy key, or null when none was asked for
 */
public record PreviewResult(
        PreviewIdentity identity,
        long projectId,
        String name,
        String url,
        String deploymentType,
        String region,
        String deploymentClass,
        boolean created,
        String deployKey) {

    static PreviewResult of(PreviewIdentity identity, long projectId, Deployment d, boolean created, String deployKey) {
        return new PreviewResult(identity, projectId, d.name(), d.url(), d.deploymentType(), d.region(), d.deploymentClass(), created, deployKey);
    }

    /** The HTTP actions URL: {@link #url()} with {@code .convex.cloud} replaced by {@code .convex.site}. */
    public String siteUrl() {
        return url == null ? null : url.replace(".convex.cloud", ".convex.site");
    }

    /** {@code https://dashboard.convex.dev/d/<name>}. */
    public String dashboardUrl() {
        return "https://dashboard.convex.dev/d/" + name;
    }

    /** The same result without its deploy key. */
    public PreviewResult withoutDeployKey() {
        return new PreviewResult(identity, projectId, name, url, deploymentType, region, deploymentClass, created, null);
    }

    /**
     * {@code identity, projectId, name, url, siteUrl, dashboardUrl, deploymentType, region,
     * deploymentClass, created} in this order, values String, Long or Boolean (null when the server
     * did not say); no deploy key.
     */
    public LinkedHashMap<String, Object> toMap() {
        return toMap(false);
    }

    /** As {@link #toMap()}, plus {@code deployKey} last when {@code includeDeployKey} and a key exists. */
    public LinkedHashMap<String, Object> toMap(boolean includeDeployKey) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("identity", identity.value());
        m.put("projectId", projectId);
        m.put("name", name);
        m.put("url", url);
        m.put("siteUrl", siteUrl());
        m.put("dashboardUrl", dashboardUrl());
        m.put("deploymentType", deploymentType);
        m.put("region", region);
        m.put("deploymentClass", deploymentClass);
        m.put("created", created);
        if (includeDeployKey && deployKey != null) {
            m.put("deployKey", deployKey);
        }
        return m;
    }

    @Override
    public String toString() {
        Map<String, Object> m = toMap(false);
        if (deployKey != null) {
            m.put("deployKey", "****");
        }
        return "PreviewResult" + m;
    }
}
