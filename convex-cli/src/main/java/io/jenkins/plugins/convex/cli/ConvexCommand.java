package io.jenkins.plugins.convex.cli;

import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.cli.connection.Connector;
import io.jenkins.plugins.convex.cli.demo.DemoCommand;
import io.jenkins.plugins.convex.cli.emulator.EmulatorCommand;
import io.jenkins.plugins.convex.cli.env.ListEnvironmentVariables;
import io.jenkins.plugins.convex.cli.env.UpdateEnvironmentVariables;
import io.jenkins.plugins.convex.cli.live.CreatePreviewDeployKey;
import io.jenkins.plugins.convex.cli.live.DeleteAccessToken;
import io.jenkins.plugins.convex.cli.live.ListAccessTokens;
import io.jenkins.plugins.convex.cli.live.ListDefaultEnvironmentVariables;
import io.jenkins.plugins.convex.cli.live.UpdateDefaultEnvironmentVariables;
import io.jenkins.plugins.convex.cli.live.DeleteDeployKey;
import io.jenkins.plugins.convex.cli.live.DeletePreviewDeployKey;
import io.jenkins.plugins.convex.cli.live.GetDeploymentByReference;
import io.jenkins.plugins.convex.cli.live.GetTokenDetails;
import io.jenkins.plugins.convex.cli.live.ListDeploymentClasses;
import io.jenkins.plugins.convex.cli.live.ListDeploymentRegions;
import io.jenkins.plugins.convex.cli.live.ListPreviewDeployKeys;
import io.jenkins.plugins.convex.cli.live.UpdateDeployment;
import io.jenkins.plugins.convex.cli.operations.CreateAccessToken;
import io.jenkins.plugins.convex.cli.operations.CreateCloudDeployment;
import io.jenkins.plugins.convex.cli.operations.CreateCustomDomain;
import io.jenkins.plugins.convex.cli.operations.CreateDeployKey;
import io.jenkins.plugins.convex.cli.operations.CreateProject;
import io.jenkins.plugins.convex.cli.operations.DeleteCustomDomain;
import io.jenkins.plugins.convex.cli.operations.DeleteDeployment;
import io.jenkins.plugins.convex.cli.operations.DeleteProject;
import io.jenkins.plugins.convex.cli.operations.GetDefaultProdDeployment;
import io.jenkins.plugins.convex.cli.operations.GetDeployment;
import io.jenkins.plugins.convex.cli.operations.GetProject;
import io.jenkins.plugins.convex.cli.operations.GetProjectBySlug;
import io.jenkins.plugins.convex.cli.operations.ListCustomDomains;
import io.jenkins.plugins.convex.cli.operations.ListDeployKeys;
import io.jenkins.plugins.convex.cli.operations.ListDeployments;
import io.jenkins.plugins.convex.cli.operations.ListProjects;
import io.jenkins.plugins.convex.cli.operations.ListTeamMembers;
import io.jenkins.plugins.convex.cli.output.Printer;
import io.jenkins.plugins.convex.cli.preview.PreviewCommand;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/** The root command: global options and the subcommands, one per API operation plus the preview workflow. */
@Command(name = "convex-preview",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Convex Management API operations and per-branch preview deployments.",
            "Try it without an account: convex-preview demo  (or any subcommand with --emulator)."})
public final class ConvexCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order --help lists them. Not in the annotation: picocli would build
     * every one's options by reflection on each start, and an invocation needs one ({@link Subcommands}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            CreateProject.class, ListProjects.class, GetProject.class, GetProjectBySlug.class, DeleteProject.class,
            CreateCloudDeployment.class, ListDeployments.class, GetDeployment.class, DeleteDeployment.class,
            GetDefaultProdDeployment.class, CreateDeployKey.class, ListDeployKeys.class,
            CreateCustomDomain.class, ListCustomDomains.class, DeleteCustomDomain.class,
            ListTeamMembers.class, CreateAccessToken.class,
            GetDeploymentByReference.class, UpdateDeployment.class, CreatePreviewDeployKey.class, ListPreviewDeployKeys.class,
            DeletePreviewDeployKey.class, DeleteDeployKey.class, ListDeploymentRegions.class, ListDeploymentClasses.class,
            GetTokenDetails.class, ListDefaultEnvironmentVariables.class, UpdateDefaultEnvironmentVariables.class,
            ListEnvironmentVariables.class, UpdateEnvironmentVariables.class, ListAccessTokens.class, DeleteAccessToken.class,
            PreviewCommand.class, EmulatorCommand.class, DemoCommand.class, HelpCommand.class);

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    public ConvexCommand(CliContext context) {
        this.context = context;
    }

    /** The root command of the invocation a subcommand belongs to. */
    public static ConvexCommand of(CommandSpec spec) {
        return (ConvexCommand) spec.root().userObject();
    }

    @Override
    public Integer call() {
        context.err().println("error: a subcommand is required (see --help)");
        return ExitCodes.INVALID_INPUT;
    }

    public GlobalOptions global() {
        return global;
    }

    public CliContext context() {
        return context;
    }

    public Printer printer() {
        return new Printer(context.out(), global.json(), global.field());
    }

    /** Opens the API connection; call after the command's own input is validated. */
    public ApiConnection connect() {
        global.field(); // --field with --json is refused before any request
        return Connector.open(global, context);
    }
}
