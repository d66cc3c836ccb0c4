package io.jenkins.plugins.convex.preview.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.preview.store.ParsedFileCache;
import io.jenkins.plugins.convex.preview.store.PreviewStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The durable queue of {@link PendingDeletion}s: one JSON file, replaced atomically on every change,
 * so a deletion owed when the controller stops is still owed when it starts again. One entry per
 * deployment name. Thread-safe within a process (one lock per file).
 *
 * <pre>{"version":1,"pending":[{"deploymentName":..,"projectId":..,"identity":..,"source":..,"job":..,
 *   "folder":..,"credentialsId":..,"reason":..,"queuedAt":"ISO-8601","attempts":0,
 *   "nextAttemptAt":"ISO-8601","state":"QUEUED","lastError":null,"sealedCredentials":null}]}</pre>
 */
public final class PendingDeletionQueue {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();
    /** The last parse of each file: the administrative monitor lists the queue on every page view. */
    private static final Map<Path, ParsedFileCache<Map<String, PendingDeletion>>> PARSED = new ConcurrentHashMap<>();

    private final Path file;
    private final Object lock;
    private final ParsedFileCache<Map<String, PendingDeletion>> parsed;

    public PendingDeletionQueue(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        this.lock = LOCKS.computeIfAbsent(this.file, f -> new Object());
        this.parsed = PARSED.computeIfAbsent(this.file, f -> new ParsedFileCache<>());
    }

    public Path file() {
        return file;
    }

    /** Adds the deletions not already queued (by deployment name); returns those added. */
    public List<PendingDeletion> enqueueAll(Collection<PendingDeletion> deletions) {
        synchronized (lock) {
            Map<String, PendingDeletion> all = read();
            List<PendingDeletion> added = new ArrayList<>();
            for (PendingDeletion d : deletions) {
                if (all.putIfAbsent(d.queueKey(), d) == null) {
                    added.add(d);
                }
            }
            if (!added.isEmpty()) {
                write(all);
            }
            return added;
        }
    }

    /** Every pending deletion, oldest first. */
    public List<PendingDeletion> list() {
        synchronized (lock) {
            List<PendingDeletion> out = new ArrayList<>(read().values());
            out.sort(Comparator.comparing(PendingDeletion::queuedAt).thenComparing(PendingDeletion::deploymentName));
            return out;
        }
    }

    public Optional<PendingDeletion> find(String deploymentName) {
        synchronized (lock) {
            return Optional.ofNullable(read().get(deploymentName));
        }
    }

    /** Those whose next attempt is due at {@code now}, oldest first. */
    public List<PendingDeletion> due(Instant now) {
        return list().stream().filter(d -> d.isDue(now)).toList();
    }

    /** Replaces the entry of that deployment, if it is still queued (a concurrent removal wins). */
    public boolean update(String deploymentName, UnaryOperator<PendingDeletion> change) {
        synchronized (lock) {
            Map<String, PendingDeletion> all = read();
            PendingDeletion current = all.get(deploymentName);
            if (current == null) {
                return false;
            }
            all.put(deploymentName, Objects.requireNonNull(change.apply(current)));
            write(all);
            return true;
        }
    }

    public boolean remove(String deploymentName) {
        synchronized (lock) {
            Map<String, PendingDeletion> all = read();
            if (all.remove(deploymentName) == null) {
                return false;
            }
            write(all);
            return true;
        }
    }

    /** A copy the caller may change: entries are immutable, the map is not shared. */
    private Map<String, PendingDeletion> read() {
        Map<String, PendingDeletion> cached = parsed.ifUnchanged(file);
        if (cached != null) {
            return new LinkedHashMap<>(cached);
        }
        Map<String, PendingDeletion> fresh = parse();
        parsed.remember(file, Collections.unmodifiableMap(new LinkedHashMap<>(fresh)));
        return fresh;
    }

    private Map<String, PendingDeletion> parse() {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new PreviewStoreException("cannot read the pending deletions " + file + ": " + e.getMessage(), e);
        }
        Map<String, PendingDeletion> out = new LinkedHashMap<>();
        try {
            JsonNode root = MAPPER.readTree(json);
            for (JsonNode n : root.path("pending")) {
                PendingDeletion d = fromJson(n);
                out.put(d.queueKey(), d);
            }
        } catch (IOException | RuntimeException e) {
            throw new PreviewStoreException("the pending deletions " + file + " are not valid: " + e.getMessage(), e);
        }
        return out;
    }

    private void write(Map<String, PendingDeletion> all) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ArrayNode pending = root.putArray("pending");
        all.values().forEach(d -> toJson(d, pending.addObject()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                parsed.remember(file, Collections.unmodifiableMap(new LinkedHashMap<>(all)));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new PreviewStoreException("cannot write the pending deletions " + file + ": " + e.getMessage(), e);
        }
    }

    private static void toJson(PendingDeletion d, ObjectNode n) {
        n.put("deploymentName", d.deploymentName());
        n.put("projectId", d.projectId());
        n.put("identity", d.identity());
        n.put("source", d.source());
        n.put("job", d.job());
        n.put("folder", d.folder());
        n.put("credentialsId", d.credentialsId());
        n.put("reason", d.reason());
        n.put("queuedAt", d.queuedAt().toString());
        n.put("attempts", d.attempts());
        n.put("nextAttemptAt", d.nextAttemptAt().toString());
        n.put("state", d.state().name());
        n.put("lastError", d.lastError());
        n.put("sealedCredentials", d.sealedCredentials());
        n.put("keyName", d.keyName());
        n.put("tokenTeamId", d.tokenTeamId());
    }

    private static PendingDeletion fromJson(JsonNode n) {
        return new PendingDeletion(
                n.get("deploymentName").asText(),
                n.path("projectId").asLong(),
                n.get("identity").asText(),
                text(n, "source"),
                text(n, "job"),
                text(n, "folder"),
                text(n, "credentialsId"),
                text(n, "reason"),
                Instant.parse(n.get("queuedAt").asText()),
                n.path("attempts").asInt(),
                n.hasNonNull("nextAttemptAt") ? Instant.parse(n.get("nextAttemptAt").asText()) : null,
                n.hasNonNull("state") ? PendingDeletion.State.valueOf(n.get("state").asText()) : null,
                text(n, "lastError"),
                text(n, "sealedCredentials"),
                text(n, "keyName"),
                n.hasNonNull("tokenTeamId") ? n.get("tokenTeamId").asLong() : null);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
