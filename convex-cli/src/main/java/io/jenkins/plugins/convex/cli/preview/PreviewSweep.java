package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.sweep.OlderThan;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code preview sweep}: delete a project's recorded previews of branches that are gone, or that are old. */
@Command(name = "sweep", description = {
    "Delete the recorded previews of a project whose branch is not in --keep-branches and/or that are older than --older-than.",
    "With neither it refuses. One failure does not stop the others; the exit code is 1 if any failed.",
    "On the platform dialect the previews of other machines (reference preview/<identity>) are swept too, aged by the server's creation time."})
public final class PreviewSweep extends LifecycleCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--keep-branches", paramLabel = "BRANCH", split = ",",
            description = "Branches (or pr-N) whose previews stay, comma-separated or repeated; an empty value keeps none.")
    List<String> keepBranches;

    @Option(names = "--older-than", paramLabel = "AGE", description = "Only delete previews created longer ago than AGE: <n>m, <n>h or <n>d.")
    String olderThan;

    @Option(names = "--namespace", paramLabel = "NS", description = "The namespace the previews were created with.")
    String namespace;

    @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
    boolean dryRun;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + SweepRequest.DEFAULT_CONCURRENCY,
            description = "Deletions in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    protected Work prepare() {
        long project = Validation.parseId("project_id", projectId);
        List<String> keep = keepBranches == null ? null : keepBranches.stream().map(String::trim).filter(b -> !b.isEmpty()).toList();
        SweepRequest request = new SweepRequest(project, keep, namespace,
                olderThan == null ? null : OlderThan.parse(olderThan), dryRun, concurrency);
        return (lifecycle, printer, context) -> {
            SweepReport report = lifecycle.sweep(request, event -> context.err().println(event.toLine()));
            context.err().println(report.summary());
            printer.print(PreviewViews.sweep(report));
            return report.hasFailures() ? ExitCodes.FAILED : ExitCodes.OK;
        };
    }
}
