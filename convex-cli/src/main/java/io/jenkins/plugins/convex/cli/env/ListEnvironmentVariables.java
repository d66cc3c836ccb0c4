package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-environment-variables", description = {
    "List a deployment's environment variables through its own API, with a deploy key.",
    "Names only, unless --show-values."})
public final class ListEnvironmentVariables extends DeploymentApiCommand {

    @Option(names = "--show-values", description = "Also print the values (they may be secrets).")
    boolean showValues;

    @Override
    protected Function<DeploymentApiClient, Result> prepare() {
        return api -> {
            List<Map<String, Object>> rows = api.listEnvironmentVariables().entrySet().stream().map(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", e.getKey());
                row.put("value", showValues ? e.getValue() : null);
                return row;
            }).toList();
            return showValues ? Result.list(rows, "name", "value") : Result.list(rows, "name");
        };
    }
}
