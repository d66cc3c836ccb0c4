package io.jenkins.plugins.convex.cli;

/** The command line's options are the contract's field names in kebab-case. */
public final class OptionNames {

    private OptionNames() {
    }

    /** {@code deployment_type} becomes {@code --deployment-type}. */
    public static String forField(String contractField) {
        return "--" + contractField.replace('_', '-');
    }
}
