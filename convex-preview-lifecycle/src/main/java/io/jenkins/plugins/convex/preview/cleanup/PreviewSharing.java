package io.jenkins.plugins.convex.preview.cleanup;

import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which jobs use a preview. Jobs share one only when they ask for it (the same explicit namespace);
 * then the creator is the first user and the others are kept, one full name per line, in the record's
 * {@code usersAttribute}. A job that goes releases its use: the preview is deleted only when no
 * other job still uses it, otherwise the record passes to the next user.
 */
public final class PreviewSharing {

    private PreviewSharing() {
    }

    /** Every job using the record: its creator first, then the others in the order they came. */
    public static List<String> users(PreviewRecord record, String usersAttribute) {
        Set<String> out = new LinkedHashSet<>();
        if (!record.creator().isEmpty()) {
            out.add(record.creator());
        }
        String more = record.attributes().get(usersAttribute);
        if (more != null) {
            more.lines().filter(l -> !l.isBlank()).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** Records {@code user} as a user of the record (a reuse by another job); false when it already was one or the record changed meanwhile. */
    public static boolean addUser(PreviewStore store, PreviewRecord record, String user, String usersAttribute) {
        if (user == null || user.isEmpty() || users(record, usersAttribute).contains(user)) {
            return false;
        }
        return store.update(record.key(), record.deploymentName(), current -> {
            List<String> all = new ArrayList<>(users(current, usersAttribute));
            if (!all.contains(user)) {
                all.add(user);
            }
            return withUsers(current, all, usersAttribute);
        });
    }

    /** Whether {@code job} is {@code item} or inside it ({@code item} a folder or multibranch project). */
    public static boolean isWithin(String job, String item) {
        return job.equals(item) || job.startsWith(item + "/");
    }

    /** The users of the record that stay when {@code itemFullName} (and every job inside it) goes. */
    public static List<String> remainingWithout(PreviewRecord record, String itemFullName, String usersAttribute) {
        return users(record, usersAttribute).stream().filter(u -> !isWithin(u, itemFullName)).toList();
    }

    /**
     * Takes the jobs inside {@code itemFullName} off the record's users; the first remaining user becomes
     * the creator (whose deletion, later, deletes the preview). False when the record changed meanwhile.
     */
    public static boolean release(PreviewStore store, PreviewRecord record, String itemFullName, String usersAttribute) {
        return store.update(record.key(), record.deploymentName(),
                current -> withUsers(current, remainingWithout(current, itemFullName, usersAttribute), usersAttribute));
    }

    /** The record with {@code users} (the first one as creator); {@code jobAttribute}-style attributes are the caller's. */
    static PreviewRecord withUsers(PreviewRecord r, List<String> users, String usersAttribute) {
        Map<String, String> attributes = new LinkedHashMap<>(r.attributes());
        String creator = users.isEmpty() ? "" : users.get(0);
        if (users.size() > 1) {
            attributes.put(usersAttribute, String.join("\n", users.subList(1, users.size())));
        } else {
            attributes.remove(usersAttribute);
        }
        return new PreviewRecord(r.projectId(), r.identity(), r.source(), r.deploymentName(), r.createdAt(), creator, attributes);
    }
}
