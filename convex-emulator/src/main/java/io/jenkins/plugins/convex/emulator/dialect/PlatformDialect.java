package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.http.Router;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;

/** The live service's dialect (routes and camelCase shapes). */
public final class PlatformDialect implements Dialect {

    private final EmulatorState state;

    public PlatformDialect(EmulatorState state) {
        this.state = state;
    }

    @Override
    public void register(Router router) {
        throw new UnsupportedOperationException("The platform dialect is not implemented yet (state " + state.getClass().getSimpleName() + ")");
    }
}
