package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.live.ExpiryOption;
import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the new token on stdout (that is what the command is for); nothing else ever shows it. */
@Command(name = "create-access-token", description = {
    "Create a team access token (createAccessToken).",
    "The token is printed once on stdout; store it as a secret."})
public final class CreateAccessToken extends OperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "A name for the token.")
    String name;

    @Option(names = "--expires-at", paramLabel = "WHEN",
            description = "Platform dialect only: the token's expiry, at least 30 minutes ahead: an ISO-8601 instant, or +<n>h / +<n>d from now.")
    String expiresAt;

    @Override
    protected Call prepare() {
        long team = Inputs.id("team_id", teamId);
        CreateAccessTokenRequest request = new CreateAccessTokenRequest(name, ExpiryOption.parse("--expires-at", expiresAt, Instant.now()));
        return client -> Result.object(ModelViews.accessToken(client.createAccessToken(team, request)));
    }
}
