package io.jenkins.plugins.convex.cli.demo;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Printer;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.cli.preview.PreviewViews;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.Creator;
import io.jenkins.plugins.convex.preview.DeletePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.env.PreviewVariables;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The README's walk-through in one command: the preview lifecycle against the embedded emulator,
 * each step a real call, printed with the command that does the same on its own.
 */
@Command(name = "demo", description = {
    "Walk through the preview lifecycle against the embedded emulator (no account, no network).",
    "Lists projects, creates a branch's preview, creates it again (reused), creates a deploy key (not shown),",
    "sets the preview's environment variables,",
    "lists previews, deletes one and sweeps with --keep-branches. Implies --emulator."})
public final class DemoCommand implements Callable<Integer> {

    private static final long TEAM_ID = 1L;

    @Spec
    CommandSpec spec;

    private PrintStream out;
    private Printer printer;
    private int step;

    @Override
    public Integer call() throws IOException {
        ConvexCommand root = ConvexCommand.of(spec);
        CliContext context = root.context();
        root.global().useEmulator();
        out = context.out();
        printer = new Printer(out, false);
        Path storeDir = Files.createTempDirectory("convex-preview-demo");
        try (ApiConnection connection = root.connect()) {
            walk(connection.client(), new FilePreviewStore(storeDir.resolve("previews.json")));
        } finally {
            deleteRecursively(storeDir);
        }
        return ExitCodes.OK;
    }

    private void walk(ConvexClient client, FilePreviewStore store) {
        PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, store).build();
        String creator = Creator.userAtHost();
        out.println("Each step is a real call to the embedded emulator. The command shown does the same on its own;");
        out.println("to run the steps as separate commands, add --emulator-state FILE so the emulator keeps its state.");

        heading("List the team's projects", "list-projects --team-id " + TEAM_ID);
        List<Project> projects = client.listProjects(TEAM_ID);
        printer.print(Result.list(ModelViews.all(projects, ModelViews::project), "id", "slug", "name", "team_id"));
        long project = projects.stream().filter(p -> "demo".equals(p.slug())).findFirst().orElse(projects.get(0)).id();

        PreviewIdentity login = PreviewIdentity.ofBranch("feature/login");
        heading("Create the preview of branch feature/login", "preview create --project-id " + project + " --branch feature/login");
        show(lifecycle.createOrReuse(CreatePreviewRequest.builder(project, login).creator(creator).build()));

        heading("Create it again: the live preview is reused, not recreated",
                "preview create --project-id " + project + " --branch feature/login");
        show(lifecycle.createOrReuse(CreatePreviewRequest.builder(project, login).creator(creator).build()));

        heading("Create a deploy key for it (for `npx convex deploy`; printed only with --show-key)",
                "preview create --project-id " + project + " --branch feature/login --deploy-key --key-name build-42");
        PreviewResult withKey = lifecycle.createOrReuse(CreatePreviewRequest.builder(project, login)
                .creator(creator).deployKey("build-42").build());
        out.println("deploy key '" + PreviewLifecycle.deployKeyName(login, "build-42") + "' created for " + withKey.name()
                + (withKey.deployKey() != null ? " (not shown)" : ""));

        heading("Set its environment variables: only what differs is sent; values are neither stored nor printed",
                "preview create --project-id " + project + " --branch feature/login --env FEATURE_X=on --env-file .env.preview");
        PreviewVariables variables = PreviewVariables.of("env", Map.of("FEATURE_X", "on", "PAYMENTS_MODE", "test"));
        out.println(lifecycle.environment().apply(withKey, variables).summary());
        out.println("the same again: " + lifecycle.environment().apply(withKey, variables).summary());

        heading("Two more branches; fix/auth and fix/auth-2 get distinct previews",
                "preview create --project-id " + project + " --branch fix/auth   (and --branch fix/auth-2)");
        for (String branch : List.of("fix/auth", "fix/auth-2")) {
            PreviewResult r = lifecycle.createOrReuse(CreatePreviewRequest.builder(project, PreviewIdentity.ofBranch(branch))
                    .creator(creator).build());
            out.println(branch + " -> " + r.identity().value() + " " + r.name() + (r.created() ? " (created)" : " (reused)"));
        }

        heading("List the previews of the project", "preview list --project-id " + project);
        printer.print(PreviewViews.statuses(lifecycle.list(project)));

        heading("Delete the preview of feature/login (the branch was merged)",
                "preview delete --project-id " + project + " --branch feature/login");
        printer.print(PreviewViews.keyValues(lifecycle.delete(DeletePreviewRequest.byIdentity(project, login)).toMap()));

        heading("Sweep: delete every preview whose branch is gone, keeping fix/auth",
                "preview sweep --project-id " + project + " --keep-branches fix/auth");
        SweepReport report = lifecycle.sweep(SweepRequest.builder(project).keepBranches(List.of("fix/auth")).build(),
                event -> out.println(event.toLine()));
        out.println(report.summary());
        out.println();
        printer.print(PreviewViews.sweep(report));

        out.println("Done. Every step above was a real call to the embedded emulator; run the same commands with");
        out.println("--api-url URL and a token (CONVEX_MANAGEMENT_TOKEN or --token-file) against your own server.");
    }

    private void heading(String title, String command) {
        step++;
        out.println();
        out.println("== " + step + ". " + title);
        out.println("$ convex-preview --emulator " + command);
    }

    private void show(PreviewResult result) {
        printer.print(PreviewViews.keyValues(result.toMap()));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
