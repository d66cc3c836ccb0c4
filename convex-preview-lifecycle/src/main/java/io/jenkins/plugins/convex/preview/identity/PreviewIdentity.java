package io.jenkins.plugins.convex.preview.identity;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a branch's or pull request's preview, shared by every machine (and, on the live
 * service, the deployment's {@code reference} {@code preview/<identity>}), so the rules are exact:
 *
 * <ol>
 *   <li>Input: a branch name with one leading {@code refs/heads/} or {@code origin/} dropped, or
 *       {@code pr-<n>}; with a namespace the input is {@code <namespace>/<name>}.</li>
 *   <li>Normalise: lowercase; every character outside {@code [a-z0-9/-]} becomes {@code -}; runs
 *       of {@code -} become one {@code -} and runs of {@code /} one {@code /}; leading and trailing
 *       {@code -} and {@code /} go.</li>
 *   <li>A result longer than 53 characters is cut to 53 (then trailing {@code -} and {@code /} go,
 *       so the suffix never doubles a separator).</li>
 *   <li>If normalising changed anything, or the result was cut, is under 3 characters, is a
 *       reserved word, looks like a deployment name ({@code word-word-123}) or starts with
 *       {@code local-}, {@code -} and the first 6 hex digits of the SHA-256 of the input (UTF-8)
 *       are appended: 60 characters at most.</li>
 * </ol>
 *
 * An input that normalises to nothing (no letter or digit) is refused. Examples are in
 * {@code docs/preview-identity.md}.
 */
public final class PreviewIdentity implements Comparable<PreviewIdentity> {

    /** Longest normalised text kept before the hash suffix. */
    public static final int MAX_BASE_LENGTH = 53;
    /** Longest identity: {@link #MAX_BASE_LENGTH} + "-" + 6 hex digits. */
    public static final int MAX_LENGTH = MAX_BASE_LENGTH + 7;

    /** Words the live service refuses as a reference, and that would read as a non-preview deployment. */
    public static final Set<String> RESERVED_WORDS = Set.of(
            "prod", "dev", "cloud", "local", "default", "name", "new", "existing", "deployment", "preview");

    private static final Pattern DEPLOYMENT_NAME_LIKE = Pattern.compile("[a-z]+-[a-z]+-[0-9]+");
    private static final Pattern OUTSIDE_ALPHABET = Pattern.compile("[^a-z0-9/-]");
    private static final Pattern DASH_RUNS = Pattern.compile("-{2,}");
    private static final Pattern SLASH_RUNS = Pattern.compile("/{2,}");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[-/]+|[-/]+$");
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9]([a-z0-9/-]*[a-z0-9])?");
    private static final Pattern PR_NUMBER = Pattern.compile("[1-9][0-9]{0,18}");

    private final String value;
    private final String source;

    private PreviewIdentity(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /** The identity of a branch without a namespace. */
    public static PreviewIdentity ofBranch(String branch) {
        return ofBranch(branch, null);
    }

    /**
     * The identity of a branch ({@code refs/heads/feature/x}, {@code origin/feature/x} and
     * {@code feature/x} are the same branch), within {@code namespace} when it is not null or blank.
     */
    public static PreviewIdentity ofBranch(String branch, String namespace) {
        if (branch == null || branch.isBlank()) {
            throw new InvalidInputException("branch", branch, "a branch name such as feature/login");
        }
        String name = stripRefPrefix(branch.trim());
        if (name.isEmpty()) {
            throw new InvalidInputException("branch", branch, "a branch name after refs/heads/ or origin/");
        }
        return derive("branch", branch, withNamespace(namespace, name));
    }

    /** The identity of pull request {@code number} ({@code pr-<n>}), within {@code namespace} if given. */
    public static PreviewIdentity ofPullRequest(long number, String namespace) {
        if (number <= 0) {
            throw new InvalidInputException("pr", Long.toString(number), "a positive pull request number");
        }
        return derive("pr", "pr-" + number, withNamespace(namespace, "pr-" + number));
    }

    /** As {@link #ofPullRequest(long, String)} from text such as Jenkins' {@code CHANGE_ID}. */
    public static PreviewIdentity ofPullRequest(String number, String namespace) {
        String n = number == null ? "" : number.trim();
        if (!PR_NUMBER.matcher(n).matches()) {
            throw new InvalidInputException("pr", number, "a positive pull request number");
        }
        return ofPullRequest(Long.parseLong(n), namespace);
    }

    /**
     * An identity already computed (read back from a store). Checks only its shape: the lowercase
     * alphabet, no separator at either end, at most {@link #MAX_LENGTH} characters.
     */
    public static PreviewIdentity fromValue(String value) {
        if (value == null || value.length() > MAX_LENGTH || !VALID_VALUE.matcher(value).matches()) {
            throw new InvalidInputException("identity", value,
                    "a preview identity of at most " + MAX_LENGTH + " characters of [a-z0-9/-]");
        }
        return new PreviewIdentity(value, value);
    }

    /** The identity text, e.g. {@code feature/login}. */
    public String value() {
        return value;
    }

    /** What the identity was derived from: the branch as given, or {@code pr-<n>}. */
    public String source() {
        return source;
    }

    /** The live service's deployment reference for this preview: {@code preview/<identity>}. */
    public String reference() {
        return "preview/" + value;
    }

    static String stripRefPrefix(String branch) {
        if (branch.startsWith("refs/heads/")) {
            return branch.substring("refs/heads/".length());
        }
        if (branch.startsWith("origin/")) {
            return branch.substring("origin/".length());
        }
        return branch;
    }

    private static String withNamespace(String namespace, String name) {
        return namespace == null || namespace.isBlank() ? name : namespace.trim() + "/" + name;
    }

    private static PreviewIdentity derive(String field, String source, String input) {
        String normalised = normalise(input);
        if (normalised.isEmpty()) {
            throw new InvalidInputException(field, source, "a name with at least one letter or digit");
        }
        boolean cut = normalised.length() > MAX_BASE_LENGTH;
        String base = cut ? trimSeparators(normalised.substring(0, MAX_BASE_LENGTH)) : normalised;
        boolean needsHash = cut
                || !normalised.equals(input)
                || base.length() < 3
                || RESERVED_WORDS.contains(base)
                || DEPLOYMENT_NAME_LIKE.matcher(base).matches()
                || base.startsWith("local-");
        return new PreviewIdentity(needsHash ? base + "-" + hash6(input) : base, source);
    }

    static String normalise(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        s = OUTSIDE_ALPHABET.matcher(s).replaceAll("-");
        s = DASH_RUNS.matcher(s).replaceAll("-");
        s = SLASH_RUNS.matcher(s).replaceAll("/");
        return trimSeparators(s);
    }

    private static String trimSeparators(String s) {
        return EDGE_SEPARATORS.matcher(s).replaceAll("");
    }

    private static String hash6(String input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreviewIdentity other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(PreviewIdentity o) {
        return value.compareTo(o.value);
    }

    /** The identity text. */
    @Override
    public String toString() {
        return value;
    }
}
