package io.jenkins.plugins.convex.cli.emulator;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.CommandFailedException;
import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.cli.GlobalOptions;
import io.jenkins.plugins.convex.cli.connection.EmbeddedEmulator;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.TeamSeed;
import io.jenkins.plugins.convex.emulator.state.StateFileException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    "Without --team: team 1 'demo-team' with the token of $" + GlobalOptions.TOKEN_ENV + ", else the --state file's,"
        + " else a random one (these two are printed).",
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
        String envToken = context.env(GlobalOptions.TOKEN_ENV);
        if (parsed.isEmpty() && envToken != null) {
            parsed = List.of(new TeamSeed(1L, "demo-team", envToken));
        }
        // --api-dialect (a global option): platform serves the live service's routes, otherwise the spec's.
        var builder = ConvexEmulator.builder().port(port).demo(demo).localDeploymentUrls(localDeploymentUrls)
                .dialect(EmbeddedEmulator.emulatorDialect(ConvexCommand.of(spec).global().apiDialect()));
        parsed.forEach(builder::team);
        if (state != null) {
            builder.stateFile(context.resolve(state));
        }
        try (ConvexEmulator emulator = builder.build()) {
            start(emulator);
            context.out().println(emulator.startupLine());
            if (teams.isEmpty() && envToken == null) {
                // Without --team: the state's team and token when --state has one, else a new random token.
                context.out().println("Team " + emulator.defaultTeamId() + " (" + emulator.defaultTeamSlug() + ") token: "
                        + emulator.defaultToken());
            }
            context.out().flush();
            awaitShutdown(emulator);
        }
        return ExitCodes.OK;
    }

    /** Starts it; a state file of the wrong kind is invalid input (exit 2), a busy port a failure (exit 1). */
    private void start(ConvexEmulator emulator) {
        try {
            emulator.start();
        } catch (StateFileException e) {
            throw EmbeddedEmulator.refusedStateFile("--state", state, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BindException) {
                throw new CommandFailedException(ExitCodes.FAILED,
                        "--port: 127.0.0.1:" + port + " is already in use; choose another port, or 0 for a free one");
            }
            throw e;
        }
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

}
