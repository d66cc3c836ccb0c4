package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.http.Router;

/** A wire format: the routes and JSON shapes of one reading of the API, over the shared state. */
public interface Dialect {

    /** Adds this dialect's routes (relative to /v1) to the router. */
    void register(Router router);
}
