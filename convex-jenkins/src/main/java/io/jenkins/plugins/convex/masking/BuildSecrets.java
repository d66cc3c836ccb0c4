package io.jenkins.plugins.convex.masking;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.credentialsbinding.masking.SecretPatterns;

/**
 * Secrets of running freestyle builds, in memory only. A freestyle build's console is decorated when
 * the build starts, before the wrapper has created its deploy key; the decorator therefore asks here,
 * line by line, which secrets the build has by now.
 */
public final class BuildSecrets {

    private static final Map<Run<?, ?>, Set<String>> SECRETS = new WeakHashMap<>();
    private static final Map<Run<?, ?>, Pattern> PATTERNS = new WeakHashMap<>();

    private BuildSecrets() {
    }

    /** Adds a secret to mask in {@code build}'s console from now on. Call on the controller. */
    public static void add(@NonNull Run<?, ?> build, @NonNull String secret) {
        synchronized (SECRETS) {
            Set<String> set = SECRETS.computeIfAbsent(build, b -> new LinkedHashSet<>());
            set.add(secret);
            PATTERNS.put(build, SecretPatterns.getAggregateSecretPattern(set));
        }
    }

    static @CheckForNull Pattern patternFor(Run<?, ?> build) {
        synchronized (SECRETS) {
            return PATTERNS.get(build);
        }
    }

    static void forget(Run<?, ?> build) {
        synchronized (SECRETS) {
            SECRETS.remove(build);
            PATTERNS.remove(build);
        }
    }

    /** A console decorator for {@code build} masking whatever {@link #add} registers for it. */
    public static @NonNull ConsoleLogFilter filterFor(@NonNull Run<?, ?> build) {
        return new Filter(build);
    }

    private static final class Filter extends ConsoleLogFilter {
        private final Run<?, ?> build;

        Filter(Run<?, ?> build) {
            this.build = build;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public OutputStream decorateLogger(Run ignored, OutputStream logger) {
            return new MaskingStream(logger, build);
        }
    }

    /** Re-reads the build's pattern for every line: secrets arrive after the stream is made. */
    private static final class MaskingStream extends hudson.console.LineTransformationOutputStream.Delegating {
        private final Run<?, ?> build;
        private final String charsetName;

        MaskingStream(OutputStream out, Run<?, ?> build) {
            super(out);
            this.build = build;
            this.charsetName = build.getCharset().name();
        }

        @Override
        protected void eol(byte[] b, int len) throws IOException {
            Pattern p = patternFor(build);
            if (p == null || p.pattern().isEmpty()) {
                out.write(b, 0, len);
                return;
            }
            String line = new String(b, 0, len, charsetName);
            java.util.regex.Matcher m = p.matcher(line);
            if (m.find()) {
                out.write(m.replaceAll("****").getBytes(charsetName));
            } else {
                out.write(b, 0, len);
            }
        }

        @Override
        public void close() throws IOException {
            super.close();
            forget(build);
        }
    }
}
