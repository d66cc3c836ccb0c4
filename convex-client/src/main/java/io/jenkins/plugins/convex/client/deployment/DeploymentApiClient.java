package io.jenkins.plugins.convex.client.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import io.jenkins.plugins.convex.client.wire.JsonFields;
import io.jenkins.plugins.convex.client.wire.Route;
import io.jenkins.plugins.convex.client.wire.WireTransport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The environment-variable operations of one deployment's own API ({@code <deployment url>/api/v1},
 * authenticated with {@code Authorization: Convex <deploy key>}), as the official
 * {@code createDeploymentClient} calls them. Build one with {@link DeploymentApiClientBuilder}; the
 * deploy key never appears in its exceptions or {@link #toString()}.
 */
public final class DeploymentApiClient {

    static final Route LIST_ENVIRONMENT_VARIABLES = Route.read("listEnvironmentVariables", "/list_environment_variables");
    // Setting and removing values is idempotent: retried like a read.
    static final Route UPDATE_ENVIRONMENT_VARIABLES = Route.update("updateEnvironmentVariables", "POST", "/update_environment_variables");

    private final WireTransport http;
    private final String description;

    DeploymentApiClient(WireTransport http, String description) {
        this.http = http;
        this.description = description;
    }

    /** Every variable of the deployment, name to value, sorted by name. Values are secrets: show them only when asked. */
    public Map<String, String> listEnvironmentVariables() {
        JsonFields f = new JsonFields(LIST_ENVIRONMENT_VARIABLES.operation());
        JsonNode answer = f.object(http.send(LIST_ENVIRONMENT_VARIABLES.with()));
        JsonNode variables = f.object(answer.get("environmentVariables"));
        Map<String, String> out = new TreeMap<>();
        variables.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** Sets and removes variables in one request; a name may appear only once. */
    public void updateEnvironmentVariables(List<EnvironmentVariableChange> changes) {
        if (changes == null || changes.isEmpty() || changes.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("changes", null, "at least one change of a variable");
        }
        Map<String, EnvironmentVariableChange> byName = new LinkedHashMap<>();
        for (EnvironmentVariableChange c : changes) {
            if (byName.put(c.name(), c) != null) {
                throw new InvalidInputException("changes", c.name(), "each variable name once");
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("changes");
        byName.values().forEach(c -> list.addObject().put("name", c.name()).put("value", c.value()));
        http.send(UPDATE_ENVIRONMENT_VARIABLES.with().withBody(body));
    }

    @Override
    public String toString() {
        return description;
    }
}
