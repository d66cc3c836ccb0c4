package io.jenkins.plugins.convex.cli.connection;

import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.emulator.state.StateFileException;
import java.nio.file.Path;

/** The in-process emulator behind {@code --emulator}: demo data, a free port, local deployment URLs, optional persisted state. */
public final class EmbeddedEmulator {

    private EmbeddedEmulator() {
    }

    public static ConvexEmulator start(Path stateFile) {
        return start(stateFile, ApiDialect.AUTO);
    }

    /** With {@code --api-dialect platform} the emulator speaks the live service's dialect; otherwise the spec's. */
    public static ConvexEmulator start(Path stateFile, ApiDialect dialect) {
        // Deployments' URLs point back at it, so that their own API (environment variables) answers too.
        var builder = ConvexEmulator.builder().port(0).demo(true).dialect(emulatorDialect(dialect)).localDeploymentUrls(true);
        if (stateFile != null) {
            builder.stateFile(stateFile);
        }
        ConvexEmulator emulator = builder.build();
        emulator.start();
        return emulator;
    }

    /** A state file of the wrong kind or unreadable, as the option that named it: exit 2, the file left as it was. */
    public static CliInputException refusedStateFile(String option, Path asTyped, StateFileException e) {
        return new CliInputException(option, asTyped.toString(), "an emulator state file or a new file (" + e.reason() + ")");
    }

    public static EmulatorDialect emulatorDialect(ApiDialect dialect) {
        return dialect == ApiDialect.PLATFORM ? EmulatorDialect.PLATFORM : EmulatorDialect.SPEC;
    }
}
