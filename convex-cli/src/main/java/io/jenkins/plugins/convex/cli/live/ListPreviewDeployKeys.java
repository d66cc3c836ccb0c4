package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-preview-deploy-keys", description = "List a project's preview deploy keys, without their values (platform dialect only).")
public final class ListPreviewDeployKeys extends LiveOperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Override
    protected Call prepareLive() {
        long project = Validation.parseId("project_id", projectId);
        return client -> Result.list(ModelViews.all(client.listPreviewDeployKeys(project), LiveViews::previewDeployKey),
                "id", "name", "created_at", "expires_at");
    }
}
