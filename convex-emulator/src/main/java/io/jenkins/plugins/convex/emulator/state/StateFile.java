package io.jenkins.plugins.convex.emulator.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The state file: written whole after every change to a temporary file beside it and moved into
 * place, so a crash never leaves half a file behind.
 */
public final class StateFile {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path path;

    public StateFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    public Optional<Snapshot> load() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            Snapshot snapshot = MAPPER.readValue(path.toFile(), Snapshot.class);
            if (snapshot.version() > Snapshot.CURRENT_VERSION) {
                throw new IllegalStateException("State file " + path + " has version " + snapshot.version()
                        + ", newer than this emulator understands (" + Snapshot.CURRENT_VERSION + ")");
            }
            return Optional.of(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read emulator state file " + path + ": " + e.getMessage(), e);
        }
    }

    public void save(Snapshot snapshot) {
        try {
            Path dir = path.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path temp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            try {
                MAPPER.writeValue(temp.toFile(), snapshot);
                try {
                    Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write emulator state file " + path + ": " + e.getMessage(), e);
        }
    }
}
