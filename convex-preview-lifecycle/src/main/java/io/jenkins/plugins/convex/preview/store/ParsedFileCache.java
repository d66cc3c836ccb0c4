package io.jenkins.plugins.convex.preview.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * The last parse of a JSON file, reused while the file's modification time and size are those seen
 * when it was remembered: a page view or a finished build then costs a file stat, not a parse. The
 * writer remembers what it wrote; a change by anything else shows in the stamp. The value must not be
 * changed by its readers.
 *
 * @param <T> what the file parses to
 */
public final class ParsedFileCache<T> {

    private record Stamp(FileTime modified, long size, Object key) {
    }

    private Stamp stamp;
    private T value;

    /** The remembered value while the file looks as it did, else null. */
    public synchronized T ifUnchanged(Path file) {
        Stamp now = stampOf(file);
        return now != null && now.equals(stamp) ? value : null;
    }

    /** Remembers {@code parsed} as the content of {@code file} as it is now (just read or just written). */
    public synchronized void remember(Path file, T parsed) {
        stamp = stampOf(file);
        value = stamp == null ? null : parsed;
    }

    private static Stamp stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
        } catch (IOException missingOrUnreadable) {
            return null;
        }
    }
}
