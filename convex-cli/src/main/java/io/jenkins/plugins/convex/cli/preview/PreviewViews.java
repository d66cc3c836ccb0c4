package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.cli.output.Table;
import io.jenkins.plugins.convex.preview.PreviewStatus;
import io.jenkins.plugins.convex.preview.sweep.SweepItem;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle's results as printed: JSON is the lifecycle's own map (camelCase keys, the same
 * the plugin returns), text is a readable form of it.
 */
public final class PreviewViews {

    private PreviewViews() {
    }

    public static Result keyValues(Map<String, Object> map) {
        return Result.custom(map, out -> Table.keyValue(map).print(out));
    }

    public static Result statuses(List<PreviewStatus> statuses) {
        List<Map<String, Object>> maps = new ArrayList<>();
        statuses.forEach(s -> maps.add(s.toMap()));
        // The expiry column only when a preview has one (the platform dialect's expiring previews).
        boolean expiries = maps.stream().anyMatch(m -> m.get("expiresAt") != null);
        String[] columns = expiries
                ? new String[] {"identity", "source", "name", "existsOnServer", "stored", "createdAt", "expiresAt", "creator"}
                : new String[] {"identity", "source", "name", "existsOnServer", "stored", "createdAt", "creator"};
        return Result.custom(maps, out -> Table.of(maps, columns).print(out));
    }

    public static Result sweep(SweepReport report) {
        // The summary line goes to stderr with the progress lines; stdout gets the lists.
        return Result.custom(report.toMap(), out -> {
            section(out, report.dryRun() ? "Would delete" : "Deleted", report.deleted());
            section(out, "Failed", report.failed());
            section(out, "Kept", report.kept());
        });
    }

    private static void section(PrintStream out, String title, List<SweepItem> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println(title + ":");
        List<Map<String, Object>> maps = new ArrayList<>();
        items.forEach(i -> maps.add(i.toMap()));
        Table.of(maps, "identity", "source", "name", "note").print(out);
        out.println();
    }
}
