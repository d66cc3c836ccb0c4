package io.jenkins.plugins.convex.preview.store;

class InMemoryPreviewStoreTest extends PreviewStoreContract {

    @Override
    PreviewStore newStore(MutableClock clock) {
        return new InMemoryPreviewStore(clock);
    }
}
