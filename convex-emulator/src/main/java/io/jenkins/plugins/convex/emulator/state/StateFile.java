package io.jenkins.plugins.convex.emulator.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The state file: written whole after every change to a temporary file beside it and moved into
 * place, so a crash never leaves half a file behind. It says what it is ({@code "kind"}), so that
 * another JSON file of this project (the preview store also has {@code "version": 1}) is refused
 * instead of overwritten.
 */
public final class StateFile {

    /** The value of the file's {@code "kind"} field. */
    public static final String KIND = "convex-emulator-state";

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
        JsonNode tree;
        try {
            tree = MAPPER.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new StateFileException(path, "it is not JSON");
        } catch (IOException e) {
            throw new StateFileException(path, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        checkKind(tree);
        Snapshot snapshot;
        try {
            snapshot = MAPPER.treeToValue(tree, Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new StateFileException(path, "its content does not fit an emulator state");
        }
        if (snapshot.version() > Snapshot.CURRENT_VERSION) {
            throw new StateFileException(path, "it has version " + snapshot.version()
                    + ", newer than this emulator understands (" + Snapshot.CURRENT_VERSION + ")");
        }
        return Optional.of(snapshot);
    }

    /** A file without a kind (written before files said what they are) must at least have teams. */
    private void checkKind(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new StateFileException(path, "it is not a JSON object");
        }
        JsonNode kind = tree.get("kind");
        if (kind != null && !KIND.equals(kind.asText())) {
            throw new StateFileException(path, "it is a " + kind.asText() + " file, not an emulator state");
        }
        if (kind == null && (tree.has("previews") || !tree.path("teams").isArray())) {
            throw new StateFileException(path, "it is not an emulator state (no \"teams\"; a preview store?)");
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
                ObjectNode root = MAPPER.createObjectNode().put("kind", KIND);
                root.setAll((ObjectNode) MAPPER.valueToTree(snapshot));
                MAPPER.writeValue(temp.toFile(), root);
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
