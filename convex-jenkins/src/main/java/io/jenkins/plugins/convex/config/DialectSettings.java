package io.jenkins.plugins.convex.config;

import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.client.ApiDialect;
import java.util.Locale;

/**
 * Parsing and form checks of the settings the two API dialects bring: the dialect itself, the
 * preview expiry (days) and the lifetime of returned deploy keys (hours). Messages name the field,
 * the value and what is allowed, as the rest of the configuration does.
 */
final class DialectSettings {

    private DialectSettings() {
    }

    /** {@code auto}, {@code spec} or {@code platform}, any case; null or blank is auto. */
    static ApiDialect parse(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return ApiDialect.AUTO;
        }
        try {
            return ApiDialect.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("apiDialect: '" + v + "' is not allowed; allowed: auto, spec, platform");
        }
    }

    static ListBoxModel items() {
        ListBoxModel items = new ListBoxModel();
        items.add("auto (platform for api.convex.dev and provision.convex.dev, spec otherwise)", "auto");
        items.add("spec (the project's contract, the emulator)", "spec");
        items.add("platform (the live Convex service)", "platform");
        return items;
    }

    /** A whole number of days from 1 to {@code max}. */
    static long days(String field, String value, int max) {
        long days;
        try {
            days = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > max) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not allowed; allowed: empty (the server's default) or 1 to "
                    + max + " days");
        }
        return days;
    }

    static FormValidation checkPreviewExpiryDays(String value, String apiDialect, int max) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return FormValidation.ok();
        }
        try {
            days("previewExpiryDays", v, max);
        } catch (IllegalArgumentException e) {
            return FormValidation.error("Enter a number of days from 1 to " + max + ", or nothing for the server's default");
        }
        if ("spec".equalsIgnoreCase(Util.fixEmptyAndTrim(apiDialect))) {
            return FormValidation.warning("The spec API dialect has no expiries: this applies only where the platform dialect is spoken");
        }
        return FormValidation.ok();
    }

    static FormValidation checkHours(String value, int max) {
        try {
            int hours = Integer.parseInt(Util.fixNull(value).trim());
            return hours >= 1 && hours <= max ? FormValidation.ok() : FormValidation.error("Between 1 and " + max + " hours");
        } catch (NumberFormatException e) {
            return FormValidation.error("Enter a number of hours between 1 and " + max);
        }
    }

    static FormValidation checkMinutes(String value, int min, int max) {
        try {
            int minutes = Integer.parseInt(Util.fixNull(value).trim());
            return minutes >= min && minutes <= max ? FormValidation.ok() : FormValidation.error("Between " + min + " and " + max + " minutes");
        } catch (NumberFormatException e) {
            return FormValidation.error("Enter a number of minutes between " + min + " and " + max);
        }
    }
}
