package io.jenkins.plugins.convex.cli;

import io.jenkins.plugins.convex.client.ApiDialect;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every subcommand accepts, before or after its name ({@code scope = INHERIT} writes them to
 * this one instance, held by the root command). The token is deliberately not an option: process
 * arguments are visible to every user of the machine.
 */
public final class GlobalOptions {

    public static final String DEFAULT_API_URL = "https://api.convex.dev/v1";
    public static final String API_URL_ENV = "CONVEX_API_URL";
    public static final String TOKEN_ENV = "CONVEX_MANAGEMENT_TOKEN";

    @Option(names = "--api-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Management API base URL (default: $" + API_URL_ENV + ", else " + DEFAULT_API_URL + ").")
    String apiUrl;

    @Option(names = "--token-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "File holding the team access token (default: $" + TOKEN_ENV + "). Never pass a token as an argument.")
    Path tokenFile;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print the response as JSON (the spec's field names) instead of a table.")
    boolean json;

    @Option(names = "--field", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Print only this field of the result, raw (one line per item of a list), e.g. --field deployKey.")
    String field;

    @Option(names = "--emulator", scope = ScopeType.INHERIT,
            description = "Run against an in-process emulator with demo data (team 1 'demo-team', project 'demo'): no network, no token.")
    boolean emulator;

    @Option(names = "--emulator-state", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "With --emulator: keep the emulator's state in FILE between commands.")
    Path emulatorState;

    @Option(names = "--api-dialect", paramLabel = "DIALECT", scope = ScopeType.INHERIT,
            description = "Wire dialect of the API: auto (default: platform for api.convex.dev and provision.convex.dev,"
                    + " spec otherwise), spec (the project's contract) or platform (the live Convex service's).")
    String apiDialect;

    /**
     * Leaves out of a subcommand the global options it has no use for, so that its --help lists only
     * what it takes and giving one of the others is an unknown option.
     */
    public static void keepOnly(CommandLine subcommand, String... kept) {
        Set<String> keep = Set.of(kept);
        CommandSpec spec = subcommand.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.inherited() && !keep.contains(option.longestName()) && !option.usageHelp() && !option.versionHelp()) {
                spec.remove(option);
            }
        }
    }

    /** {@code --api-dialect} parsed; AUTO when not given. */
    public ApiDialect apiDialect() {
        return ApiDialects.parse(apiDialect);
    }

    public boolean json() {
        return json;
    }

    /** {@code --field}, or null. */
    public String field() {
        if (field != null && json) {
            throw new CliInputException("--field: not allowed together with --json; choose one");
        }
        return field;
    }

    public boolean emulator() {
        return emulator;
    }

    public Path emulatorState() {
        return emulatorState;
    }

    public Path tokenFile() {
        return tokenFile;
    }

    /** Used by subcommands (such as {@code demo}) that always run against the embedded emulator. */
    public void useEmulator() {
        this.emulator = true;
    }

    /** The explicit {@code --api-url}, or null. */
    public String explicitApiUrl() {
        return apiUrl;
    }

    /** {@code --api-url}, else {@code $CONVEX_API_URL}, else the live service. */
    public String apiUrl(CliContext context) {
        if (apiUrl != null) {
            return apiUrl;
        }
        String fromEnv = context.env(API_URL_ENV);
        return fromEnv != null ? fromEnv : DEFAULT_API_URL;
    }

    /** True when calls go to the live Convex service (not the emulator); failures then say where they went. */
    public boolean targetsLiveService(CliContext context) {
        if (emulator) {
            return false;
        }
        try {
            String host = URI.create(apiUrl(context)).getHost();
            return "api.convex.dev".equals(host) || "provision.convex.dev".equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
