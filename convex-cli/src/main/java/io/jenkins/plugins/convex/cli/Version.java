package io.jenkins.plugins.convex.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar's Implementation-Version (set by the shaded jar's manifest). */
public final class Version implements IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"convex-preview " + current()};
    }
}
