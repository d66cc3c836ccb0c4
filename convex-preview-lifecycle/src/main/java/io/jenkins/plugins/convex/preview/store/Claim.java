package io.jenkins.plugins.convex.preview.store;

/** What {@link PreviewStore#claim(ClaimRequest)} answered. */
public sealed interface Claim permits Claim.Existing, Claim.Reserved, Claim.Busy {

    /** The identity has a record: use it (after checking on the server that it still exists). */
    record Existing(PreviewRecord record) implements Claim {
    }

    /** The caller holds the identity: create the deployment, then complete or release. */
    record Reserved(Reservation reservation) implements Claim {
    }

    /** Someone else is creating it right now: wait and claim again. */
    record Busy(Reservation heldBy) implements Claim {
    }
}
