package io.jenkins.plugins.convex.emulator.faults;

import java.util.regex.Pattern;

/**
 * One injected fault: requests matching {@code method} (null = any) and {@code pathRegex} (found
 * anywhere in the path, null = any) are answered with {@code status}, delayed by {@code delayMs},
 * or dropped. {@code times} is how many requests it applies to; -1 means until cleared.
 */
public record Fault(
        long id,
        String method,
        Pattern pathRegex,
        Integer status,
        int times,
        Integer retryAfter,
        long delayMs,
        boolean drop) {

    public static final int UNTIL_CLEARED = -1;

    boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathRegex == null || pathRegex.matcher(path).find());
    }
}
