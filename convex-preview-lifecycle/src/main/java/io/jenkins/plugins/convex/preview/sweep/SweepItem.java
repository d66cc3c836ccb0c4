package io.jenkins.plugins.convex.preview.sweep;

import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.util.LinkedHashMap;

/**
 * One stored preview in a sweep report.
 *
 * @param identity       its identity
 * @param source         the branch or {@code pr-<n>} it came from
 * @param deploymentName its deployment
 * @param note           why it was kept, why it failed, or for a deletion whether it was already gone; may be null
 */
public record SweepItem(String identity, String source, String deploymentName, String note) {

    static SweepItem of(PreviewRecord r, String note) {
        return new SweepItem(r.identity().value(), r.source(), r.deploymentName(), note);
    }

    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("identity", identity);
        m.put("source", source);
        m.put("name", deploymentName);
        m.put("note", note);
        return m;
    }
}
