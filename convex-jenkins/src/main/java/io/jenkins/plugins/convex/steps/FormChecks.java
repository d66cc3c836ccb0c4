package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.config.CredentialsListing;
import io.jenkins.plugins.convex.config.FieldChecks;
import jenkins.model.Jenkins;

/**
 * The web methods of the step, wrapper and builder forms, with the Jenkins security rules: checks
 * need {@code Item.CONFIGURE} on the job (administer when there is none); the credentials list
 * follows the credentials plugin's rules ({@link CredentialsListing}).
 */
public final class FormChecks {

    private FormChecks() {
    }

    public static ListBoxModel credentials(@CheckForNull Item item, @CheckForNull String credentialsId) {
        return CredentialsListing.teamTokens(item, credentialsId, ConvexGlobalConfiguration.get().getApiUrl());
    }

    /** False (and no check is shown) when the user may not configure the context. */
    public static boolean mayConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    public static FormValidation deploymentName(@CheckForNull Item item, String value, boolean required) {
        if (!mayConfigure(item)) {
            return FormValidation.ok();
        }
        if (!required && (value == null || value.isBlank())) {
            return FormValidation.ok();
        }
        return FieldChecks.deploymentName(value);
    }

    public static FormValidation projectId(@CheckForNull Item item, String value, boolean required) {
        if (!mayConfigure(item)) {
            return FormValidation.ok();
        }
        return required ? FieldChecks.requiredId(value) : FieldChecks.optionalId(value);
    }

    public static FormValidation teamId(@CheckForNull Item item, String value) {
        if (!mayConfigure(item)) {
            return FormValidation.ok();
        }
        return FieldChecks.optionalId(value);
    }
}
