package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.Result;
import picocli.CommandLine.Command;

@Command(name = "get-token-details", description = "Show what the server knows about the token in use: its kind, name and team (platform dialect only).")
public final class GetTokenDetails extends LiveOperationCommand {

    @Override
    protected Call prepareLive() {
        return client -> Result.object(LiveViews.tokenDetails(client.getTokenDetails()));
    }
}
