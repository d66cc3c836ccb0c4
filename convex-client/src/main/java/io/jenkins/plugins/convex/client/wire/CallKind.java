package io.jenkins.plugins.convex.client.wire;

/** What a call does to server state; decides which failures the transport may retry. */
public enum CallKind {
    /** Reads nothing but state: always safe to repeat. */
    READ,
    /** Creates something: repeating it may create a duplicate. */
    CREATE,
    /** Changes something to a given state (e.g. a PATCH): repeating it is harmless, like a read. */
    UPDATE,
    /** Deletes something: repeating it is harmless, and a 404 after a retry means it is gone. */
    DELETE
}
