package id.go.bekasikota.koperasi.gateway.edge;

import id.go.bekasikota.koperasi.gateway.proxy.Message;

import java.util.Optional;

/**
 * The one form of a path the gateway decides on. Authentication, routing, rate-limit groups and
 * metrics all read the request's path as it arrived, so a path is accepted only when it is already
 * in the form every later step (and the service) would normalise it to; anything else is refused
 * before any decision, rather than resolved in one place and read raw in another:
 * <ul>
 *   <li>dot-segments ({@code /.}, {@code /..}), also percent-encoded ({@code %2e%2e});</li>
 *   <li>empty segments ({@code //}), except one trailing slash;</li>
 *   <li>encoded separators and controls ({@code %2f}, {@code %5c}, {@code %00}-{@code %1f}, {@code %7f}),
 *       a raw backslash, and percent-encoded letters, digits or {@code -._~} (which a normaliser
 *       would decode into a different path);</li>
 *   <li>a {@code %} not followed by two hex digits.</li>
 * </ul>
 */
public final class CanonicalPath {

    private static final String UNRESERVED_MARKS = "-._~";

    private CanonicalPath() {
    }

    /** Why the path is not canonical, or empty when it is. */
    public static Optional<Message> problem(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.of(Message.of("gateway.path.no-slash"));
        }
        int segmentStart = 1;
        for (int i = 1; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                String segment = path.substring(segmentStart, i);
                if (segment.isEmpty() && i < path.length()) {
                    return Optional.of(Message.of("gateway.path.empty-segment"));
                }
                String decoded = segment.replace("%2e", ".").replace("%2E", ".");
                if (decoded.equals(".") || decoded.equals("..")) {
                    return Optional.of(Message.of("gateway.path.dot-segment", segment));
                }
                segmentStart = i + 1;
            }
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                return Optional.of(Message.of("gateway.path.backslash"));
            }
            if (c < 0x20 || c == 0x7f) {
                return Optional.of(Message.of("gateway.path.control"));
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0 || Character.digit(path.charAt(i + 2), 16) < 0) {
                return Optional.of(Message.of("gateway.path.bad-percent"));
            }
            int decoded = Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16);
            if (decoded == '/' || decoded == '\\') {
                return Optional.of(Message.of("gateway.path.encoded-separator", path.substring(i, i + 3)));
            }
            if (decoded < 0x20 || decoded == 0x7f) {
                return Optional.of(Message.of("gateway.path.encoded-control", path.substring(i, i + 3)));
            }
            if (Character.isLetterOrDigit(decoded) && decoded < 0x80 || UNRESERVED_MARKS.indexOf(decoded) >= 0) {
                return Optional.of(Message.of("gateway.path.needless-encoding", path.substring(i, i + 3)));
            }
        }
        return Optional.empty();
    }
}
