package id.go.bekasikota.koperasi.testsupport;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import java.util.regex.Pattern;

/**
 * What the services' {@code ETag}s look like (platform {@code EntityTags}): the version a resource read, then a dot
 * and 8 base64url characters, the digest of the representation ({@code "3.kq2W-0xA"}); a view of its own adds its
 * name to the version ({@code "3-public.kq2W-0xA"}).
 */
public final class Tags {

    private Tags() {
    }

    /** The tag of a representation of {@code version}. */
    public static Matcher<String> ofVersion(long version) {
        return Matchers.matchesPattern("\"" + version + "\\.[A-Za-z0-9_-]{8}\"");
    }

    /** The tag of a representation of {@code version} in the view {@code view} ({@code public}). */
    public static Matcher<String> ofView(long version, String view) {
        return Matchers.matchesPattern("\"" + version + "-" + Pattern.quote(view) + "\\.[A-Za-z0-9_-]{8}\"");
    }
}
