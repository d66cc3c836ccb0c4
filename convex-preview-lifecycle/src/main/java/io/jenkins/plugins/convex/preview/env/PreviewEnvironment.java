package io.jenkins.plugins.convex.preview.env;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClient;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.keys.BuildDeployKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets a preview's environment variables right after its create-or-reuse: one listing of its current
 * values, then at most one update with only the variables that differ (variables not asked for stay
 * as they are). Nothing is stored and no value is logged. It talks to the preview's own API with the
 * deploy key the create made, or else with a key made for this alone, which on the platform dialect
 * expires within minutes and is deleted at once (the spec dialect can do neither: there it stays).
 */
public final class PreviewEnvironment {

    /** The lifetime of a key made only to set variables (platform dialect). */
    static final Duration KEY_LIFETIME = Duration.ofMinutes(15);

    private final ConvexClient client;
    private final DeploymentApis apis;
    private final Clock clock;

    public PreviewEnvironment(ConvexClient client) {
        this(client, DeploymentApis.DEFAULT, Clock.systemUTC());
    }

    public PreviewEnvironment(ConvexClient client, DeploymentApis apis, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.apis = Objects.requireNonNull(apis, "apis");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Makes the preview's variables include {@code desired}; nothing is sent when it is empty. */
    public EnvironmentUpdate apply(PreviewResult preview, PreviewVariables desired) {
        if (desired.isEmpty()) {
            return new EnvironmentUpdate(List.of(), 0);
        }
        if (preview.deployKey() != null) {
            return update(apis.open(preview.url(), preview.deployKey()), desired);
        }
        BuildDeployKeys keys = new BuildDeployKeys(client);
        String keyName = PreviewLifecycle.deployKeyName(preview.identity(), "env-" + clock.millis());
        Instant expiresAt = keys.canDelete() ? clock.instant().plus(KEY_LIFETIME) : null;
        String key = keys.create(preview.projectId(), preview.name(), keyName, expiresAt).key();
        try {
            return update(apis.open(preview.url(), key), desired);
        } finally {
            keys.delete(preview.name(), keyName);
        }
    }

    private static EnvironmentUpdate update(DeploymentApiClient api, PreviewVariables desired) {
        Map<String, String> current = api.listEnvironmentVariables();
        List<EnvironmentVariableChange> changes = new ArrayList<>();
        desired.values().forEach((name, value) -> {
            if (!value.equals(current.get(name))) {
                changes.add(EnvironmentVariableChange.set(name, value));
            }
        });
        if (!changes.isEmpty()) {
            api.updateEnvironmentVariables(changes);
        }
        return new EnvironmentUpdate(changes.stream().map(EnvironmentVariableChange::name).toList(), desired.values().size() - changes.size());
    }
}
