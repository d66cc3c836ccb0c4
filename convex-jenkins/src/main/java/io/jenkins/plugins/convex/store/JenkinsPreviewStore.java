package io.jenkins.plugins.convex.store;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.AtomicFileWriter;
import io.jenkins.plugins.convex.preview.store.ParsedFileCache;
import io.jenkins.plugins.convex.preview.store.PreviewStoreCodec;
import io.jenkins.plugins.convex.preview.store.PreviewStoreException;
import io.jenkins.plugins.convex.preview.store.StoreState;
import io.jenkins.plugins.convex.preview.store.TransactionalPreviewStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import jenkins.model.Jenkins;

/**
 * The plugin's {@code PreviewStore}: one JSON file, {@code $JENKINS_HOME/convex-preview/previews.json},
 * in the lifecycle library's format. It lives outside every job directory, so it survives restarts
 * and the deletion of the job that created a preview (cleanup needs it then).
 *
 * <p>All transactions of the controller go through one lock and the file is replaced atomically,
 * so concurrent builds of one branch see one reservation and one record. Holds deployment names,
 * identities, job names and credentials ids; never a key or a token.
 */
public final class JenkinsPreviewStore extends TransactionalPreviewStore {

    /** One controller, one file, one lock: every instance of this class shares it. */
    private static final Object LOCK = new Object();
    /** The last state read or written: the reaper reads the store when every build finishes, the pages on every view. */
    private static final ParsedFileCache<StoreState> PARSED = new ParsedFileCache<>();

    private final Path file;

    public JenkinsPreviewStore(@NonNull Path file) {
        super(Clock.systemUTC());
        this.file = file;
    }

    /** The store of this controller. */
    public static @NonNull JenkinsPreviewStore get() {
        return new JenkinsPreviewStore(defaultFile());
    }

    static Path defaultFile() {
        return Jenkins.get().getRootDir().toPath().resolve("convex-preview").resolve("previews.json");
    }

    public @NonNull Path getFile() {
        return file;
    }

    @Override
    protected <T> T transact(boolean write, Function<StoreState, T> work) {
        synchronized (LOCK) {
            if (!write) {
                // Read-only work never changes the state, so the last parse serves while the file is unchanged.
                StoreState cached = PARSED.ifUnchanged(file);
                if (cached != null) {
                    return work.apply(cached);
                }
            }
            StoreState state = read(); // a write changes its own fresh copy, never the shared cached one
            T result = work.apply(state);
            if (write) {
                save(state);
            }
            PARSED.remember(file, state);
            return result;
        }
    }

    private StoreState read() {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new StoreState();
        } catch (IOException e) {
            throw new PreviewStoreException("cannot read the preview store " + file + ": " + e.getMessage(), e);
        }
        return PreviewStoreCodec.fromJson(json, file.toString());
    }

    private void save(StoreState state) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            if (directory != null) {
                Files.createDirectories(directory);
            }
            // close() (by try-with-resources) after commit() is a no-op; without commit() the temporary file goes.
            try (AtomicFileWriter writer = new AtomicFileWriter(file, StandardCharsets.UTF_8)) {
                try {
                    writer.write(PreviewStoreCodec.toJson(state));
                    writer.commit();
                } finally {
                    writer.abort();
                }
            }
        } catch (IOException e) {
            throw new PreviewStoreException("cannot write the preview store " + file + ": " + e.getMessage(), e);
        }
    }
}
