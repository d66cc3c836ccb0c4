package io.jenkins.plugins.convex.masking;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.util.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/**
 * Variables for a Pipeline block: public ones in clear, secret ones kept as {@link Secret} (the
 * expander is saved with the running Pipeline) and declared sensitive, as {@code withCredentials} does.
 */
public final class MaskedEnvironment extends EnvironmentExpander {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> publicValues;
    private final Map<String, Secret> secretValues;

    public MaskedEnvironment(Map<String, String> publicValues, Map<String, String> secretValues) {
        this.publicValues = new LinkedHashMap<>(publicValues);
        this.secretValues = new LinkedHashMap<>();
        secretValues.forEach((k, v) -> this.secretValues.put(k, Secret.fromString(v)));
    }

    @Override
    public void expand(@NonNull EnvVars env) {
        publicValues.forEach(env::override);
        secretValues.forEach((k, v) -> env.override(k, v.getPlainText()));
    }

    @NonNull
    @Override
    public Set<String> getSensitiveVariables() {
        return Collections.unmodifiableSet(secretValues.keySet());
    }
}
