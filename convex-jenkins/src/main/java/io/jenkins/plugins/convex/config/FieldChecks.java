package io.jenkins.plugins.convex.config;

import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.Validation;

/** Form checks shared by the global configuration, the steps and the freestyle forms (no permission checks here). */
public final class FieldChecks {

    private FieldChecks() {
    }

    public static FormValidation optionalId(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return FormValidation.ok();
        }
        return requiredId(v);
    }

    public static FormValidation requiredId(String value) {
        try {
            Validation.parseId("id", Util.fixEmptyAndTrim(value));
            return FormValidation.ok();
        } catch (InvalidInputException e) {
            return FormValidation.error("Enter a positive number (the id from the Convex dashboard)");
        }
    }

    public static FormValidation deploymentName(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return FormValidation.error("Enter a deployment name, e.g. happy-otter-123");
        }
        if (v.contains("$")) {
            return FormValidation.ok();
        }
        try {
            Validation.requireDeploymentName("deployment_name", v);
            return FormValidation.ok();
        } catch (InvalidInputException e) {
            return FormValidation.error("Not a deployment name: " + e.allowed());
        }
    }

    public static FormValidation timeout(String value) {
        try {
            int seconds = Integer.parseInt(Util.fixNull(value).trim());
            return seconds >= 1 && seconds <= 600 ? FormValidation.ok() : FormValidation.error("Between 1 and 600 seconds");
        } catch (NumberFormatException e) {
            return FormValidation.error("Enter a number of seconds between 1 and 600");
        }
    }

    /** Region choices; the empty choice means "the default" (global configuration, then aws-us-east-1). */
    public static ListBoxModel regionItems() {
        ListBoxModel items = new ListBoxModel();
        items.add("(default)", "");
        for (Region r : Region.values()) {
            items.add(r.wireValue(), r.wireValue());
        }
        return items;
    }

    /** Class choices; the empty choice means "the default" (global configuration, then the server's). */
    public static ListBoxModel deploymentClassItems() {
        ListBoxModel items = new ListBoxModel();
        items.add("(default)", "");
        for (DeploymentClass c : DeploymentClass.values()) {
            items.add(c.wireValue(), c.wireValue());
        }
        return items;
    }
}
