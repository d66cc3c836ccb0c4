package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete-access-token", description = "Delete a team access token by id or name (platform dialect only).")
public final class DeleteAccessToken extends LiveOperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Option(names = "--id", required = true, paramLabel = "ID_OR_NAME", description = "The token's id (see list-access-tokens) or name.")
    String id;

    @Override
    protected Call prepareLive() {
        long team = Validation.parseId("team_id", teamId);
        Validation.requireNonBlank("id", id);
        return client -> {
            client.deleteAccessToken(team, id);
            return Result.empty("Deleted access token " + id + " of team " + team + ".");
        };
    }
}
