package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.CommandFailedException;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.DeletePreviewRequest;
import io.jenkins.plugins.convex.preview.DeleteResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code preview delete}: a guarded delete, by branch, pull request or deployment name. */
@Command(name = "delete", description = {
    "Delete a preview, by --branch/--pr (looked up in the store, with --project-id) or by --deployment-name.",
    "Refuses a deployment that is not a preview unless --allow-production. One the store knows and the server no longer has",
    "counts as deleted; a name neither knows exits 3."})
public final class PreviewDelete extends LifecycleCommand {

    @Option(names = "--project-id", paramLabel = "ID",
            description = "The project's integer id: required with --branch or --pr; with --deployment-name the deployment must be in it.")
    String projectId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--namespace", paramLabel = "NS", description = "The namespace the preview was created with.")
    String namespace;

    @Option(names = "--allow-production", description = "Also delete a deployment that is not a preview.")
    boolean allowProduction;

    static final class Target {
        @Option(names = "--branch", paramLabel = "BRANCH", description = "The branch whose preview goes.")
        String branch;

        @Option(names = "--pr", paramLabel = "N", description = "The pull request whose preview goes.")
        String pr;

        @Option(names = "--deployment-name", paramLabel = "NAME", description = "The deployment to delete.")
        String deploymentName;
    }

    @Override
    protected Work prepare() {
        DeletePreviewRequest request;
        if (target.deploymentName != null) {
            if (namespace != null) {
                throw new CliInputException("--namespace: not used with --deployment-name; give --branch or --pr instead");
            }
            Validation.requireDeploymentName("deployment_name", target.deploymentName);
            // With --project-id the deployment must be in that project (checked on the server before the delete).
            DeletePreviewRequest byName = DeletePreviewRequest.byDeploymentName(target.deploymentName);
            request = projectId == null ? byName : byName.inProject(Validation.parseId("project_id", projectId));
        } else {
            if (projectId == null) {
                throw new CliInputException("--project-id: missing; allowed: the project's integer id, required with --branch or --pr");
            }
            long project = Validation.parseId("project_id", projectId);
            request = DeletePreviewRequest.byIdentity(project, PreviewTarget.identity(target.branch, target.pr, namespace));
        }
        DeletePreviewRequest guarded = request.allowingProduction(allowProduction);
        return (lifecycle, printer, context) -> {
            DeleteResult result = lifecycle.delete(guarded);
            if (result.alreadyGone() && result.identity() == null) {
                // Neither the server nor the store knows the name: most likely a typo, not a preview gone.
                throw new CommandFailedException(ExitCodes.NOT_FOUND, "deployment " + result.deploymentName()
                        + " is neither on the server nor in the preview store; nothing was deleted");
            }
            context.err().println("Deleted " + result.deploymentName()
                    + (result.alreadyGone() ? " (it was already gone on the server)" : "")
                    + (result.storeEntryRemoved() ? "; removed from the preview store" : ""));
            printer.print(PreviewViews.keyValues(result.toMap()));
            return ExitCodes.OK;
        };
    }
}
