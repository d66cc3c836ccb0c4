package io.jenkins.plugins.convex.preview.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A store in one JSON file (the command line's {@code .convex/previews.json}).
 *
 * <ul>
 *   <li>Across processes: every transaction holds an exclusive {@link FileLock} on the sibling
 *       {@code <file>.lock} (the data file itself is replaced on every write, so it cannot carry the lock).</li>
 *   <li>Across threads: a lock per file path in this JVM first, since a JVM may hold only one
 *       {@link FileLock} on a file at a time.</li>
 *   <li>Crash mid-write: the new state goes to a temporary file in the same directory, is forced to
 *       disk, then renamed over the data file with {@code ATOMIC_MOVE}; a reader sees the old or the
 *       new state, never a part. Temporary files left by a crash are removed by the next writer.</li>
 * </ul>
 */
public final class FilePreviewStore extends TransactionalPreviewStore {

    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final String tempPrefix;
    private final ReentrantLock jvmLock;

    public FilePreviewStore(Path file) {
        this(file, Clock.systemUTC());
    }

    public FilePreviewStore(Path file, Clock clock) {
        super(clock);
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.tempPrefix = this.file.getFileName() + ".";
        this.jvmLock = JVM_LOCKS.computeIfAbsent(this.file, p -> new ReentrantLock());
    }

    /** The data file. */
    public Path file() {
        return file;
    }

    /** Reads the file once: a file of another kind fails here ({@link NotAPreviewStoreException}), before any work. */
    public FilePreviewStore checked() {
        transact(false, state -> null);
        return this;
    }

    @Override
    protected <T> T transact(boolean write, Function<StoreState, T> work) {
        jvmLock.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    String before = read();
                    StoreState state = before.isBlank() ? new StoreState() : PreviewStoreCodec.fromJson(before, file.toString());
                    T result = work.apply(state);
                    if (write) {
                        String after = PreviewStoreCodec.toJson(state);
                        // A claim that found a record changes nothing: leave the file alone.
                        if (!after.equals(before)) {
                            save(after);
                        }
                    }
                    return result;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new PreviewStoreException("preview store " + file + " cannot be used: " + e.getMessage(), e);
        } finally {
            jvmLock.unlock();
        }
    }

    private String read() throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private void save(String json) throws IOException {
        removeLeftoverTempFiles();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(file.getParent(), tempPrefix, ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Only a writer holding the lock creates temp files, so any found now were left by a crash. */
    private void removeLeftoverTempFiles() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), tempPrefix + "*.tmp")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return "FilePreviewStore[" + file + "]";
    }
}
