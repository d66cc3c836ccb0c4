package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariable;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-default-environment-variables", description = {
    "List a project's default environment variables: what new deployments of each type start with (platform dialect only).",
    "Names and types only, unless --show-values."})
public final class ListDefaultEnvironmentVariables extends LiveOperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--deployment-type", paramLabel = "TYPE", description = "Only the defaults of this type (dev, prod, preview, custom).")
    String deploymentType;

    @Option(names = "--show-values", description = "Also print the values (they may be secrets).")
    boolean showValues;

    @Override
    protected Call prepareLive() {
        long project = Validation.parseId("project_id", projectId);
        DeploymentType type = deploymentType == null ? null : DeploymentType.of(deploymentType);
        return client -> {
            List<Map<String, Object>> rows = client.listDefaultEnvironmentVariables(project, type).stream().map(this::row).toList();
            return showValues ? Result.list(rows, "name", "deployment_types", "value") : Result.list(rows, "name", "deployment_types");
        };
    }

    private Map<String, Object> row(DefaultEnvironmentVariable v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.name());
        m.put("deployment_types", String.join(",", v.deploymentTypes()));
        m.put("value", showValues ? v.value() : null);
        return m;
    }
}
