package io.jenkins.plugins.convex.preview.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole content of a store: completed records and reservations in progress, each keyed by
 * project and identity. Mutable, and only touched inside a {@link TransactionalPreviewStore}
 * transaction; backends persist it with {@link PreviewStoreCodec}.
 */
public final class StoreState {

    private static final Comparator<PreviewKey> ORDER =
            Comparator.comparingLong(PreviewKey::projectId).thenComparing(PreviewKey::identity);

    private final Map<PreviewKey, PreviewRecord> records = new TreeMap<>(ORDER);
    private final Map<PreviewKey, Reservation> reservations = new TreeMap<>(ORDER);

    /** Completed records, ordered by project then identity; modifiable. */
    public Map<PreviewKey, PreviewRecord> records() {
        return records;
    }

    /** Reservations in progress; modifiable. */
    public Map<PreviewKey, Reservation> reservations() {
        return reservations;
    }

    public List<PreviewRecord> recordList() {
        return new ArrayList<>(records.values());
    }

    public List<Reservation> reservationList() {
        return new ArrayList<>(reservations.values());
    }
}
