package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete-preview-deploy-key", description = "Delete a project's preview deploy key by id or name (platform dialect only).")
public final class DeletePreviewDeployKey extends LiveOperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--id", required = true, paramLabel = "ID_OR_NAME", description = "The key's id (see list-preview-deploy-keys) or name.")
    String id;

    @Override
    protected Call prepareLive() {
        long project = Validation.parseId("project_id", projectId);
        Validation.requireNonBlank("id", id);
        return client -> {
            client.deletePreviewDeployKey(project, id);
            return Result.empty("Deleted preview deploy key " + id + " of project " + project + ".");
        };
    }
}
