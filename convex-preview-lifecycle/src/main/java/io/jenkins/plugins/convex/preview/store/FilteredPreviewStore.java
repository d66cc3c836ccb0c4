package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A view of a store that shows only the records {@code visible} accepts (the plugin: the previews of
 * jobs a build may see), so that a sweep or a lookup through it never reaches the others. Writes go
 * to the underlying store; removing or rewriting a record the view does not show is refused.
 */
public final class FilteredPreviewStore implements PreviewStore {

    private final PreviewStore store;
    private final Predicate<PreviewRecord> visible;

    public FilteredPreviewStore(PreviewStore store, Predicate<PreviewRecord> visible) {
        this.store = Objects.requireNonNull(store, "store");
        this.visible = Objects.requireNonNull(visible, "visible");
    }

    @Override
    public Claim claim(ClaimRequest request) {
        Claim claim = store.claim(request);
        if (claim instanceof Claim.Existing existing && !visible.test(existing.record())) {
            throw new PreviewStoreException("the preview " + existing.record().deploymentName() + " of " + request.key()
                    + " belongs to a job this caller may not see");
        }
        return claim;
    }

    @Override
    public boolean complete(Reservation reservation, PreviewRecord record) {
        return store.complete(reservation, record);
    }

    @Override
    public void release(Reservation reservation) {
        store.release(reservation);
    }

    @Override
    public Optional<PreviewRecord> find(long projectId, PreviewIdentity identity) {
        return store.find(projectId, identity).filter(visible);
    }

    @Override
    public Optional<PreviewRecord> findByDeploymentName(String deploymentName) {
        return store.findByDeploymentName(deploymentName).filter(visible);
    }

    @Override
    public List<PreviewRecord> list(long projectId) {
        return store.list(projectId).stream().filter(visible).toList();
    }

    @Override
    public List<PreviewRecord> listAll() {
        return store.listAll().stream().filter(visible).toList();
    }

    @Override
    public List<PreviewRecord> listByCreator(String creator) {
        return store.listByCreator(creator).stream().filter(visible).toList();
    }

    @Override
    public boolean remove(long projectId, PreviewIdentity identity, String deploymentName) {
        return find(projectId, identity).isPresent() && store.remove(projectId, identity, deploymentName);
    }

    @Override
    public boolean update(PreviewKey key, String deploymentName, UnaryOperator<PreviewRecord> change) {
        return find(key.projectId(), key.identity()).isPresent() && store.update(key, deploymentName, change);
    }
}
