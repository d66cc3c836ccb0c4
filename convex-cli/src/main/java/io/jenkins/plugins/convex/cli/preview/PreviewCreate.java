package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.Creator;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.env.PreviewVariables;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code preview create}: the branch's preview, reused while it lives, created when it does not. */
@Command(name = "create", description = {
    "Create the preview deployment of a branch or pull request, or reuse it if it still exists.",
    "With --deploy-key, also create a deploy key named <identity>/<label>; it is printed only with --show-key;",
    "with --key-expires-in (platform dialect) the key expires that long after its creation.",
    "With --env/--env-file, the preview's environment variables are then set to those values (only what differs is sent);",
    "values are neither stored nor printed."})
public final class PreviewCreate extends LifecycleCommand {

    private static final DateTimeFormatter DEFAULT_LABEL = DateTimeFormatter.ofPattern("'cli-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PreviewTarget target;

    @Option(names = "--namespace", paramLabel = "NS", description = "Prefix of the identity, e.g. the repository, for projects shared by several jobs.")
    String namespace;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "aws-us-east-1",
            description = "Region of a new preview (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--deployment-class", paramLabel = "CLASS", description = "Class of a new preview: " + DeploymentClass.ALLOWED + ".")
    String deploymentClass;

    @Option(names = "--recreate", description = "Delete the existing preview and create a new one (its data is lost).")
    boolean recreate;

    @Option(names = "--deploy-key", description = "Also create a deploy key for the preview.")
    boolean deployKey;

    @Option(names = "--key-name", paramLabel = "LABEL", description = "With --deploy-key: the key is named <identity>/LABEL (default: cli-<UTC time>).")
    String keyName;

    @Option(names = "--show-key", description = "With --deploy-key: print the key (deployKey) on stdout.")
    boolean showKey;

    @Option(names = "--key-expires-in", paramLabel = "DURATION",
            description = "With --deploy-key, platform dialect only: the key expires this long after its creation (e.g. 12h, 7d); default: never.")
    String keyExpiresIn;

    @Option(names = "--expires-in", paramLabel = "DURATION",
            description = "Platform dialect only: the preview expires this long after its last create or reuse (e.g. 12h, 5d); reuse extends it.")
    String expiresIn;

    @Mixin
    PreviewEnvOptions env;

    /** {@code --deployment-class} parsed by {@link #prepare()}; which dialect takes it is known only once connected. */
    private DeploymentClass newClass;

    @Override
    protected Duration previewExpiry() {
        return PreviewExpiry.parse(expiresIn);
    }

    @Override
    protected void checkDialect(ApiDialect dialect) {
        if (dialect != ApiDialect.PLATFORM) {
            DeploymentClass.requireOnSpec(newClass); // before the progress line, not when the lifecycle creates
        }
        if (keyExpiresIn != null && dialect != ApiDialect.PLATFORM) {
            throw new CliInputException("--key-expires-in: the " + dialect.name().toLowerCase(Locale.ROOT)
                    + " API dialect's deploy keys have no expiry; use --api-dialect platform with a server that speaks it");
        }
    }

    @Override
    protected Work prepare() {
        previewExpiry(); // checked with the other options, before any request
        Duration keyLifetime = PreviewExpiry.parse("--key-expires-in", keyExpiresIn);
        long project = Validation.parseId("project_id", projectId);
        newClass = deploymentClass == null ? null : DeploymentClass.of(deploymentClass);
        PreviewIdentity identity = target.identity(namespace);
        if (!deployKey && keyName != null) {
            throw new CliInputException("--key-name: only allowed together with --deploy-key");
        }
        if (!deployKey && keyExpiresIn != null) {
            throw new CliInputException("--key-expires-in: only allowed together with --deploy-key");
        }
        if (!deployKey && showKey) {
            throw new CliInputException("--show-key: only allowed together with --deploy-key");
        }
        CreatePreviewRequest.Builder builder = CreatePreviewRequest.builder(project, identity)
                .region(Region.of(region))
                .deploymentClass(newClass)
                .recreate(recreate)
                .creator(Creator.userAtHost());
        if (deployKey) {
            builder.deployKey(keyName != null ? keyName : DEFAULT_LABEL.format(Instant.now())).deployKeyLifetime(keyLifetime);
        }
        CreatePreviewRequest request = builder.build();
        PreviewVariables variables = env.variables(ConvexCommand.of(spec).context());
        return (lifecycle, printer, context) -> {
            context.err().println("Preview '" + identity.value() + "' of project " + project
                    + (recreate ? ": recreating..." : ": creating or reusing..."));
            PreviewResult result = lifecycle.createOrReuse(request);
            context.err().println((result.created() ? "Created " : "Reused ") + result.name() + " " + result.url()
                    + (result.deployKey() != null && !showKey ? " (deploy key created, not shown: add --show-key to print it)" : ""));
            if (!variables.isEmpty()) {
                context.err().println("Preview " + result.name() + ": " + lifecycle.environment().apply(result, variables).summary());
            }
            Map<String, Object> shown = result.toMap(showKey);
            printer.print(PreviewViews.keyValues(shown));
            return ExitCodes.OK;
        };
    }
}
