package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.regex.Pattern;

/** The check both dialects apply to custom domain names. */
final class Domains {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private Domains() {
    }

    static String require(String field, String domain) {
        boolean ok = domain.length() <= 253 && domain.contains(".");
        if (ok) {
            for (String label : domain.split("\\.", -1)) {
                ok &= LABEL.matcher(label).matches();
            }
        }
        if (!ok) {
            throw ApiError.invalidField(field, domain, "a lowercase DNS name such as api.example.com");
        }
        return domain;
    }
}
