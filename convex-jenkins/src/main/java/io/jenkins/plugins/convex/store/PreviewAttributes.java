package io.jenkins.plugins.convex.store;

/**
 * Names of the attributes the plugin keeps in a {@code PreviewRecord} (never secrets). The record's
 * {@code creator} is the creating job's full name as well; these add what cleanup needs later.
 */
public final class PreviewAttributes {

    /** Full name of the job that created the preview ({@code folder/multibranch/feature%2Flogin}). */
    public static final String JOB = "jenkins.job";
    /** Externalizable id of the build that created it ({@code folder/job#12}). */
    public static final String BUILD = "jenkins.build";
    /** Id of the Secret text credentials it was created with, to delete it with the same ones. */
    public static final String CREDENTIALS_ID = "jenkins.credentialsId";
    /**
     * Jobs other than the creator that use the preview, one full name per line: jobs share a preview
     * only when they give the same explicit namespace ({@code PreviewSharing}).
     */
    public static final String USERS = "jenkins.users";
    /** "true" for a preview that lives only for one block or build; deleted when that ends. */
    public static final String EPHEMERAL = "jenkins.ephemeral";

    private PreviewAttributes() {
    }
}
