package io.jenkins.plugins.convex.steps.environment;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableName;
import io.jenkins.plugins.convex.config.CredentialsListing;
import io.jenkins.plugins.convex.steps.FormChecks;
import java.io.Serializable;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One entry of the preview steps' {@code environment:} list: a variable the preview gets, with a
 * plain {@code value} or the id of a Secret text credential ({@code credentialsId}) read at run time.
 * Holds the id only, never the secret, so neither build.xml, config.xml nor the saved Pipeline has it.
 */
public final class PreviewVariable extends AbstractDescribableImpl<PreviewVariable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private String value;
    private String credentialsId;

    @DataBoundConstructor
    public PreviewVariable(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getName() {
        return name;
    }

    public @CheckForNull String getValue() {
        return value;
    }

    /** A plain value, as given (not trimmed: spaces may matter); empty means none (the form sends "" for an unused field). */
    @DataBoundSetter
    public void setValue(String value) {
        this.value = Util.fixEmpty(value);
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public String toString() {
        return "PreviewVariable[" + name + (credentialsId != null ? " from credentials " + credentialsId : "") + "]";
    }

    // No @Symbol: the Snippet Generator then writes entries as maps, [name: ..., credentialsId: ...].
    @Extension
    public static final class DescriptorImpl extends Descriptor<PreviewVariable> {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Environment variable";
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsListing.secretTexts(item, credentialsId);
        }

        @POST
        public FormValidation doCheckName(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormChecks.mayConfigure(item)) {
                return FormValidation.ok();
            }
            String name = Util.fixEmptyAndTrim(value);
            if (name == null) {
                return FormValidation.error("Required");
            }
            try {
                EnvironmentVariableName.require("name", name);
                return FormValidation.ok();
            } catch (InvalidInputException e) {
                return FormValidation.error("Not allowed; allowed: " + EnvironmentVariableName.ALLOWED);
            }
        }
    }
}
