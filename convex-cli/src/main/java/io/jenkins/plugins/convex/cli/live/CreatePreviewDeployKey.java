package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.Validation;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the new key on stdout (that is what the command is for); nothing else ever shows it. */
@Command(name = "create-preview-deploy-key", description = {
    "Create a project's preview deploy key, with which `npx convex deploy` makes previews (platform dialect only).",
    "The key is printed once on stdout; store it as a secret."})
public final class CreatePreviewDeployKey extends LiveOperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "A name for the key, unique in the project.")
    String name;

    @Option(names = "--expires-at", paramLabel = "WHEN", description = "Expiry: an ISO-8601 instant, or +<n>h / +<n>d from now.")
    String expiresAt;

    @Override
    protected Call prepareLive() {
        long project = Validation.parseId("project_id", projectId);
        CreatePreviewDeployKeyRequest request = new CreatePreviewDeployKeyRequest(name, ExpiryOption.parse("--expires-at", expiresAt, Instant.now()));
        return client -> Result.object(LiveViews.previewDeployKey(client.createPreviewDeployKey(project, request)));
    }
}
