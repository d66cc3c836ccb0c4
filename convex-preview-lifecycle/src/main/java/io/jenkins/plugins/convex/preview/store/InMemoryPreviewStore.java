package io.jenkins.plugins.convex.preview.store;

import java.time.Clock;
import java.util.function.Function;

/** A store in this JVM's memory: for tests and for embedding where nothing must survive the process. */
public final class InMemoryPreviewStore extends TransactionalPreviewStore {

    private final StoreState state = new StoreState();

    public InMemoryPreviewStore() {
        this(Clock.systemUTC());
    }

    public InMemoryPreviewStore(Clock clock) {
        super(clock);
    }

    @Override
    protected synchronized <T> T transact(boolean write, Function<StoreState, T> work) {
        return work.apply(state);
    }
}
