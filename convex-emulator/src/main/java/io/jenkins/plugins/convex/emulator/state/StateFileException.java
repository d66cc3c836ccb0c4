package io.jenkins.plugins.convex.emulator.state;

import java.nio.file.Path;

/**
 * A state file the emulator will not use: unreadable, not JSON, or another kind of file (such as
 * the command line's preview store). Thrown before anything is written, so the file stays as it was.
 */
public class StateFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    public StateFileException(Path path, String reason) {
        super("emulator state file " + path + " cannot be used: " + reason);
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    /** Why, in a few words ("it is a convex-preview-store file, not an emulator state"). */
    public String reason() {
        return reason;
    }
}
