package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ETags from entity versions, the {@code If-Match} rule of every update (missing is 428, stale is
 * 412, never a silent overwrite) and the {@code If-None-Match} rule of every read
 * ({@link ConditionalReads}).
 *
 * <p>A resource sets the tag of the version it read ({@link #of}, {@link #ofView}); before the answer leaves,
 * {@link ConditionalReads} adds a digest of the representation ({@link #ofRepresentation}: {@code "3.kq2W-0xA"}),
 * because a view also shows what is worked out as of today (a cooperative's status and grade, a loan's days
 * past due, whether a program's sheet is frozen): the same version read tomorrow may be another
 * representation, and a client revalidating with yesterday's tag must get it. A write checks the version
 * only: the tag's part before the dot.
 */
public final class EntityTags {

    private static final String ANY = "*";
    private static final Pattern VERSION_TAG = Pattern.compile("\"\\d+(-[a-z]+)?\"");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The tag of one view of a version ({@code "3-public"}) when callers see different views of the
     * same entity: each view revalidates on its own. It never matches {@code If-Match} (only
     * {@link #of} does), so a write needs the full view's tag.
     */
    public static String ofView(long version, String view) {
        return "\"" + version + "-" + view + "\"";
    }

    /**
     * The tag of a representation: the resource's tag of the version ({@code "3"}, {@code "3-public"}) with a
     * digest of the representation's bytes ({@code "3.kq2W-0xA"}, the first 48 bits of their SHA-256 in
     * base64url).
     */
    public static String ofRepresentation(String versionTag, byte[] representation) {
        String opaque = versionTag.substring(1, versionTag.length() - 1);
        byte[] digest = sha256(representation);
        return "\"" + opaque + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 6)) + "\"";
    }

    /** True for the tags a resource sets ({@link #of}, {@link #ofView}), which {@link ConditionalReads} completes. */
    static boolean isVersionTag(String etag) {
        return etag != null && VERSION_TAG.matcher(etag).matches();
    }

    /**
     * Checks {@code If-Match} against the current version, with the strong comparison RFC 9110 (13.1.1) asks
     * of it: a weak tag ({@code W/"5"}) never matches; {@code *} always does. A tag matches when its version
     * part is the current version: {@code "5"} or the representation tag {@code "5.kq2W-0xA"} of any read of
     * it (what is worked out as of today is not the caller's to change); a view's tag ({@code "5-public"})
     * never matches.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Text.of("problem.precondition-required.detail", String.valueOf(currentVersion)));
        }
        if (!readable(ifMatch)) {
            // Not a tag this service or any other gave (an unquoted 5, a quote left open): saying it does not match
            // the current tag would read as a contradiction ("5" does not match "5").
            throw ProblemException.invalid("If-Match", Text.of("problem.if-match.unreadable", String.valueOf(currentVersion)));
        }
        if (!matchesVersion(ifMatch, currentVersion)) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    Text.of("problem.stale-version.detail", ifMatch, String.valueOf(currentVersion)));
        }
        requireNoneMatchOfThisRequest(currentVersion);
    }

    /**
     * The {@code If-None-Match} of the write being served ({@link #requireNoneMatch}), for a write whose {@code If-Match}
     * is optional and was not sent ({@link #requireMatch} checks it otherwise).
     */
    public static void requireNoneMatchOfThisRequest(long currentVersion) {
        requireNoneMatch(ifNoneMatchOfThisRequest(), currentVersion);
    }

    /**
     * The {@code If-None-Match} of a write (RFC 9110 13.2.2, step 3: a false condition on a method other than GET or
     * HEAD is a 412): false when it is {@code *} (the entity exists) or lists a tag of the current version, its own or
     * any read's ({@code "5"}, {@code "5.kq2W-0xA"}, weak or not: the weak comparison); another view's tag
     * ({@code "5-public.…"}) is another representation and does not count. None: nothing to check.
     */
    public static void requireNoneMatch(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return;
        }
        String plain = String.valueOf(currentVersion);
        for (String tag : tags(ifNoneMatch)) {
            if (tag.equals(ANY) || namesVersion(tag, plain)) {
                throw new ProblemException(ProblemType.STALE_VERSION,
                        Text.of("problem.if-none-match.write", ifNoneMatch, plain));
            }
        }
    }

    /** The If-None-Match of the request being served, when one is (a write's check runs in its request). */
    private static String ifNoneMatchOfThisRequest() {
        org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext request =
                org.jboss.resteasy.reactive.server.core.CurrentRequestManager.get();
        return request == null ? null : request.serverRequest().getRequestHeader("If-None-Match");
    }

    private static boolean matchesVersion(String header, long version) {
        String plain = String.valueOf(version);
        for (String tag : strongTags(header)) {
            if (tag.equals(ANY) || namesVersion(tag, plain)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quoted tag is the version's own ({@code "5"}) or a read's of it ({@code "5.kq2W-0xA"}); a view's is not. */
    private static boolean namesVersion(String tag, String version) {
        String opaque = tag.substring(1, tag.length() - 1);
        int dot = opaque.indexOf('.');
        return (dot < 0 ? opaque : opaque.substring(0, dot)).equals(version);
    }

    /** The tags of a list but its weak ones ({@code W/"5"}), which a strong comparison never matches. */
    private static List<String> strongTags(String header) {
        return listed(header).stream().filter(tag -> !tag.weak()).map(Listed::tag).toList();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /**
     * The weak comparison of RFC 9110 (8.8.3.2), which {@code If-None-Match} uses: true when the
     * header is {@code *} or lists {@code etag}, either of them with or without {@code W/}. A list
     * that cannot be read matches nothing.
     */
    public static boolean matchesWeakly(String header, String etag) {
        if (header == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag.trim());
        for (String tag : tags(header)) {
            if (tag.equals(ANY) || tag.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The opaque tags of an {@code If-Match}/{@code If-None-Match} list ({@code "a", W/"b,c"} gives
     * {@code "a"} and {@code "b,c"}: a comma may stand inside the quotes), or {@code *}; reading
     * stops at the first element that is not an entity tag.
     */
    static List<String> tags(String header) {
        return listed(header).stream().map(Listed::tag).toList();
    }

    /** Whether the whole header reads as {@code *} or a list of entity tags (quoted, each maybe {@code W/}). */
    static boolean readable(String header) {
        Parsed parsed = parse(header);
        return parsed.complete() && !parsed.tags().isEmpty();
    }

    /** A tag of a list, and whether it was marked weak ({@code W/}). */
    private record Listed(String tag, boolean weak) {
    }

    /** The tags read from a list, and whether the list was read to its end (false when an element is no tag). */
    private record Parsed(List<Listed> tags, boolean complete) {
    }

    private static List<Listed> listed(String header) {
        return parse(header).tags();
    }

    private static Parsed parse(String header) {
        List<Listed> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (c == '*') {
                tags.add(new Listed(ANY, false));
                i++;
            } else {
                boolean weak = header.startsWith("W/", i);
                int start = weak ? i + 2 : i;
                int close = start < n && header.charAt(start) == '"' ? header.indexOf('"', start + 1) : -1;
                if (close < 0) {
                    return new Parsed(tags, false);
                }
                tags.add(new Listed(header.substring(start, close + 1), weak));
                i = close + 1;
            }
        }
        return new Parsed(tags, true);
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
