package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.preview.store.Reservation;
import java.time.Duration;

/** Someone else kept creating this identity's preview for longer than we were willing to wait. */
public class PreviewBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreviewBusyException(Reservation heldBy, Duration waited) {
        super("the preview '" + heldBy.key().identity().value() + "' of project " + heldBy.key().projectId()
                + " is being created by " + (heldBy.holder().isEmpty() ? "another process" : heldBy.holder())
                + " since " + heldBy.reservedAt() + "; gave up after waiting " + waited.toSeconds() + "s");
    }
}
