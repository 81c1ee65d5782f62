package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;

/**
 * ETags from entity versions, the {@code If-Match} rule of every update (missing is 428, stale is
 * 412, never a silent overwrite) and the {@code If-None-Match} rule of every read
 * ({@link ConditionalReads}).
 */
public final class EntityTags {

    private static final String ANY = "*";

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

    /** Checks {@code If-Match} against the current version; accepts weak tags and {@code *}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Text.of("problem.precondition-required.detail", of(currentVersion)));
        }
        if (!matchesWeakly(ifMatch, of(currentVersion))) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    Text.of("problem.stale-version.detail", ifMatch, of(currentVersion)));
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
        List<String> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (c == '*') {
                tags.add(ANY);
                i++;
            } else {
                int start = header.startsWith("W/", i) ? i + 2 : i;
                int close = start < n && header.charAt(start) == '"' ? header.indexOf('"', start + 1) : -1;
                if (close < 0) {
                    break;
                }
                tags.add(header.substring(start, close + 1));
                i = close + 1;
            }
        }
        return tags;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
