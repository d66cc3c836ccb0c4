package io.jenkins.plugins.convex.cli;

import java.util.regex.Pattern;

/** The command line's options are the contract's field names in kebab-case. */
public final class OptionNames {

    private static final Pattern FIELD = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");

    private OptionNames() {
    }

    /** {@code deployment_type} becomes {@code --deployment-type}. */
    public static String forField(String contractField) {
        return "--" + contractField.replace('_', '-');
    }

    /** Other contract fields named in a message ("... and/or older_than") become options too. */
    public static String inText(String text) {
        return text == null ? null : FIELD.matcher(text).replaceAll(m -> forField(m.group()));
    }
}
