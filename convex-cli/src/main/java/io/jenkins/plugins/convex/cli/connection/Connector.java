package io.jenkins.plugins.convex.cli.connection;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.GlobalOptions;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.state.StateFileException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Opens the connection the global options ask for: a remote API, or the embedded emulator. */
public final class Connector {

    private static final String USER_AGENT = "convex-preview-cli";

    private Connector() {
    }

    /**
     * Checks the global options (all before any request) and opens the connection. Call only after
     * the command's own options are validated, so bad input never starts an emulator or a request.
     */
    public static ApiConnection open(GlobalOptions global, CliContext context) {
        if (global.emulator()) {
            if (global.explicitApiUrl() != null) {
                throw new CliInputException("--api-url: not allowed together with --emulator; choose one");
            }
            Path state = global.emulatorState() == null ? null : context.resolve(global.emulatorState());
            ApiDialect dialect = global.apiDialect();
            ConvexEmulator emulator = startEmbedded(state, global.emulatorState(), dialect);
            try {
                return new ApiConnection(client(emulator.baseUrl(), emulator.defaultToken(), dialect, context), emulator.baseUrl(), emulator);
            } catch (RuntimeException e) {
                emulator.close();
                throw e;
            }
        }
        if (global.emulatorState() != null) {
            throw new CliInputException("--emulator-state: only allowed together with --emulator");
        }
        ApiDialect dialect = global.apiDialect();
        String baseUrl = checkedUrl(global.apiUrl(context));
        String token = TokenSource.resolve(global, context);
        return new ApiConnection(client(baseUrl, token, dialect, context), baseUrl, null);
    }

    private static ConvexEmulator startEmbedded(Path state, Path asTyped, ApiDialect dialect) {
        try {
            return EmbeddedEmulator.start(state, dialect);
        } catch (StateFileException e) {
            throw EmbeddedEmulator.refusedStateFile("--emulator-state", asTyped, e);
        }
    }

    private static ConvexClient client(String baseUrl, String token, ApiDialect dialect, CliContext context) {
        return ConvexClientBuilder.forBaseUrl(baseUrl)
                .token(ApiToken.of(token))
                .dialect(dialect)
                .userAgent(USER_AGENT)
                .onRetry(notice -> context.err().println(notice.line())) // a retrying call is never silent
                .build();
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CliInputException("--api-url", url, "an http or https URL such as " + GlobalOptions.DEFAULT_API_URL);
    }
}
