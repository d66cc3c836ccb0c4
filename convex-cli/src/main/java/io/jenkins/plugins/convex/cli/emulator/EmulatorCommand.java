package io.jenkins.plugins.convex.cli.emulator;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.cli.GlobalOptions;
import io.jenkins.plugins.convex.cli.connection.EmbeddedEmulator;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.TeamSeed;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A standalone emulator of the Management API, up until the process is killed (or, in-process,
 * until the running thread is interrupted). Emulator tokens are test values, so they may be
 * arguments and may be printed.
 */
@Command(name = "emulator", description = {
    "Serve a local emulator of the Management API on http://127.0.0.1:PORT/v1 until killed.",
    "Without --team: team 1 'demo-team', token from $" + GlobalOptions.TOKEN_ENV + " or random (then printed).",
    "With --api-dialect platform it serves the live Convex service's routes instead of the spec's."})
public final class EmulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--team", paramLabel = "ID:SLUG:TOKEN", description = "A team and its token (repeatable).")
    List<String> teams = new ArrayList<>();

    @Option(names = "--state", paramLabel = "FILE", description = "Keep the emulator's state in FILE across restarts.")
    Path state;

    @Option(names = "--demo", description = "Add project 'Demo' (slug demo) with a prod deployment.")
    boolean demo;

    @Option(names = "--local-deployment-urls",
            description = "Give deployments URLs on this emulator (http://127.0.0.1:PORT/d/NAME), where their own API"
                    + " (environment variables, with a deploy key) answers; default: https://NAME.convex.cloud.")
    boolean localDeploymentUrls;

    @Override
    public Integer call() throws Exception {
        CliContext context = ConvexCommand.of(spec).context();
        if (port < 0 || port > 65535) {
            throw new CliInputException("--port", Integer.toString(port), "0 (a free port) or 1-65535");
        }
        List<TeamSeed> parsed = teams.stream().map(EmulatorCommand::team).toList();
        String printedToken = null;
        if (parsed.isEmpty()) {
            String token = context.env(GlobalOptions.TOKEN_ENV);
            if (token == null) {
                token = randomToken();
                printedToken = token;
            }
            parsed = List.of(new TeamSeed(1L, "demo-team", token));
        }
        // --api-dialect (a global option): platform serves the live service's routes, otherwise the spec's.
        var builder = ConvexEmulator.builder().port(port).demo(demo).localDeploymentUrls(localDeploymentUrls)
                .dialect(EmbeddedEmulator.emulatorDialect(ConvexCommand.of(spec).global().apiDialect()));
        parsed.forEach(builder::team);
        if (state != null) {
            builder.stateFile(context.resolve(state));
        }
        try (ConvexEmulator emulator = builder.build()) {
            emulator.start();
            context.out().println(emulator.startupLine());
            if (printedToken != null) {
                context.out().println("Team 1 (demo-team) token: " + printedToken);
            }
            context.out().flush();
            awaitShutdown(emulator);
        }
        return ExitCodes.OK;
    }

    /** Blocks until the JVM shuts down (Ctrl-C, kill) or this thread is interrupted. */
    private static void awaitShutdown(ConvexEmulator emulator) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "convex-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    private static TeamSeed team(String text) {
        try {
            return ConvexEmulator.parseTeam(text);
        } catch (IllegalArgumentException e) {
            // The emulator's message never repeats the token.
            throw new CliInputException("--team: " + e.getMessage() + "; allowed: ID:SLUG:TOKEN such as 1:demo-team:test-token");
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return "emu_" + HexFormat.of().formatHex(bytes);
    }
}
