package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.http.JsonBody;
import io.jenkins.plugins.convex.emulator.state.VariableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code {changes: [{[deploymentType,] name, value|null}]}}, refusing bad names with a 400. */
public final class VariableChanges {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private VariableChanges() {
    }

    /** With {@code withType}, each change names a deployment type (project defaults). */
    public static List<VariableChange> read(JsonBody body, boolean withType) {
        List<VariableChange> changes = new ArrayList<>();
        for (JsonBody c : body.requiredObjectList("changes")) {
            String type = withType ? c.requiredEnum("deploymentType", PlatformDialect.DEPLOYMENT_TYPES) : null;
            String name = c.requiredString("name");
            if (!NAME.matcher(name).matches()) {
                throw ApiError.invalidField("name", name, "at most 40 characters: a letter, then letters, digits or underscores");
            }
            changes.add(new VariableChange(type, name, c.optionalString("value")));
        }
        return changes;
    }
}
