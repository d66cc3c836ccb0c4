package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-access-tokens", description = "List the team's access tokens, without their values (platform dialect only).")
public final class ListAccessTokens extends LiveOperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Override
    protected Call prepareLive() {
        long team = Validation.parseId("team_id", teamId);
        return client -> Result.list(ModelViews.all(client.listAccessTokens(team), LiveViews::accessTokenInfo),
                "id", "name", "created_at", "expires_at", "last_used_at");
    }
}
