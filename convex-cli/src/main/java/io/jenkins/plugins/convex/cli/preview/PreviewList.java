package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code preview list}: the store's previews of a project, on the platform dialect also those the
 * server knows by reference (made on other machines), and whether each still exists on the server.
 */
@Command(name = "list", description = {
    "List the recorded previews of a project and whether each still exists on the server.",
    "On the platform dialect also the project's previews made by this tool on other machines (reference preview/<identity>; stored: false)."})
public final class PreviewList extends LifecycleCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Override
    protected Work prepare() {
        long project = Validation.parseId("project_id", projectId);
        return (lifecycle, printer, context) -> {
            printer.print(PreviewViews.statuses(lifecycle.list(project)));
            return ExitCodes.OK;
        };
    }
}
