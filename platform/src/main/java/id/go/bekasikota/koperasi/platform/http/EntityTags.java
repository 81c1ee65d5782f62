package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

/**
 * ETags from entity versions, and the {@code If-Match} rule of every update: missing is 428,
 * stale is 412, never a silent overwrite.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks {@code If-Match} against the current version; accepts weak tags and {@code *}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Text.of("problem.precondition-required.detail", of(currentVersion)));
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(ProblemType.STALE_VERSION,
                Text.of("problem.stale-version.detail", ifMatch, of(currentVersion)));
    }
}
