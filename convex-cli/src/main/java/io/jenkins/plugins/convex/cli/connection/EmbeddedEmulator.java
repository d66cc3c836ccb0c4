package io.jenkins.plugins.convex.cli.connection;

import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.nio.file.Path;

/** The in-process emulator behind {@code --emulator}: demo data, a free port, optional persisted state. */
public final class EmbeddedEmulator {

    private EmbeddedEmulator() {
    }

    public static ConvexEmulator start(Path stateFile) {
        var builder = ConvexEmulator.builder().port(0).demo(true);
        if (stateFile != null) {
            builder.stateFile(stateFile);
        }
        ConvexEmulator emulator = builder.build();
        emulator.start();
        return emulator;
    }
}
