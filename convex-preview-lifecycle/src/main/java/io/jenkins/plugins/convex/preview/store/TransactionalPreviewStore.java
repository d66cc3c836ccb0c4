package io.jenkins.plugins.convex.preview.store;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Every rule of {@link PreviewStore} over one primitive: run a function on the whole state,
 * atomically (load, apply, save under a lock). Backends differ only in that primitive, so the
 * reserve-or-get semantics are the same whatever stores the data.
 */
public abstract class TransactionalPreviewStore implements PreviewStore {

    private final Clock clock;

    protected TransactionalPreviewStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code work} on the current state with exclusive access and, when {@code write}, saves
     * the state afterwards (all of it or nothing). Must be atomic across every user of the backend.
     */
    protected abstract <T> T transact(boolean write, Function<StoreState, T> work);

    @Override
    public Claim claim(ClaimRequest request) {
        Instant now = clock.instant();
        return transact(true, state -> {
            PreviewKey key = request.key();
            Reservation held = state.reservations().get(key);
            if (held != null) {
                boolean stale = !held.reservedAt().plus(request.staleAfter()).isAfter(now);
                if (!stale) {
                    return new Claim.Busy(held);
                }
                // Its holder is presumed crashed: take it over, keeping what it was replacing.
                return reserve(state, request, now, held.replacing());
            }
            PreviewRecord existing = state.records().get(key);
            if (existing == null) {
                return reserve(state, request, now, null);
            }
            if (request.replacing() != null && request.replacing().equals(existing.deploymentName())) {
                state.records().remove(key);
                return reserve(state, request, now, existing.deploymentName());
            }
            return new Claim.Existing(existing);
        });
    }

    private static Claim reserve(StoreState state, ClaimRequest request, Instant now, String replacing) {
        Reservation r = new Reservation(request.key(), request.holder(), UUID.randomUUID().toString(), now, replacing);
        state.reservations().put(request.key(), r);
        return new Claim.Reserved(r);
    }

    @Override
    public boolean complete(Reservation reservation, PreviewRecord record) {
        if (!reservation.key().equals(record.key())) {
            throw new IllegalArgumentException("record " + record.key() + " does not match reservation " + reservation.key());
        }
        return transact(true, state -> {
            if (!isHeld(state, reservation)) {
                return false;
            }
            state.reservations().remove(reservation.key());
            state.records().put(record.key(), record);
            return true;
        });
    }

    @Override
    public void release(Reservation reservation) {
        transact(true, state -> {
            if (isHeld(state, reservation)) {
                state.reservations().remove(reservation.key());
            }
            return null;
        });
    }

    private static boolean isHeld(StoreState state, Reservation reservation) {
        Reservation current = state.reservations().get(reservation.key());
        return current != null && current.token().equals(reservation.token());
    }

    @Override
    public Optional<PreviewRecord> find(long projectId, PreviewIdentity identity) {
        PreviewKey key = new PreviewKey(projectId, identity);
        return transact(false, state -> Optional.ofNullable(state.records().get(key)));
    }

    @Override
    public Optional<PreviewRecord> findByDeploymentName(String deploymentName) {
        return transact(false, state -> state.records().values().stream()
                .filter(r -> r.deploymentName().equals(deploymentName))
                .findFirst());
    }

    @Override
    public List<PreviewRecord> list(long projectId) {
        return transact(false, state -> state.records().values().stream()
                .filter(r -> r.projectId() == projectId)
                .toList());
    }

    @Override
    public List<PreviewRecord> listAll() {
        return transact(false, StoreState::recordList);
    }

    @Override
    public List<PreviewRecord> listByCreator(String creator) {
        return transact(false, state -> state.records().values().stream()
                .filter(r -> r.creator().equals(creator))
                .toList());
    }

    @Override
    public boolean remove(long projectId, PreviewIdentity identity, String deploymentName) {
        PreviewKey key = new PreviewKey(projectId, identity);
        return transact(true, state -> {
            PreviewRecord current = state.records().get(key);
            if (current == null || !current.deploymentName().equals(deploymentName)) {
                return false;
            }
            state.records().remove(key);
            return true;
        });
    }

    @Override
    public boolean update(PreviewKey key, String deploymentName, UnaryOperator<PreviewRecord> change) {
        return transact(true, state -> {
            PreviewRecord current = state.records().get(key);
            if (current == null || !current.deploymentName().equals(deploymentName) || state.reservations().containsKey(key)) {
                return false;
            }
            PreviewRecord changed = change.apply(current);
            if (!changed.key().equals(key) || !changed.deploymentName().equals(deploymentName)) {
                throw new IllegalArgumentException("an update must keep the record's key and deployment: " + changed);
            }
            state.records().put(key, changed);
            return true;
        });
    }

    /** Reservations in progress (for diagnostics: who is creating what since when). */
    public List<Reservation> reservations() {
        return transact(false, StoreState::reservationList);
    }
}
