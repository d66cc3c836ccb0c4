package io.jenkins.plugins.convex.masking;

import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.util.Secret;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.credentialsbinding.masking.SecretPatterns;

/**
 * Masks known secrets (a deploy key) in the console of a Pipeline block, in every form the
 * credentials-binding plugin knows (quoted for shells, base64...). The filter is saved with the
 * running Pipeline, so it keeps the pattern encrypted as a {@link Secret}, never in clear text.
 */
public final class SecretMaskingFilter extends ConsoleLogFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Secret pattern;
    private final String charsetName;

    /** Must run on the controller: the pattern factories are extensions. */
    public SecretMaskingFilter(Collection<String> secrets, Charset charset) {
        this.pattern = Secret.fromString(SecretPatterns.getAggregateSecretPattern(secrets).pattern());
        this.charsetName = charset.name();
    }

    /** Pipeline passes no build here (null): the pattern is all this needs. */
    @Override
    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(Run ignored, OutputStream logger) {
        String regex = pattern.getPlainText();
        Pattern compiled = regex.isEmpty() ? null : Pattern.compile(regex);
        return new SecretPatterns.MaskingOutputStream(logger, () -> compiled, charsetName);
    }
}
