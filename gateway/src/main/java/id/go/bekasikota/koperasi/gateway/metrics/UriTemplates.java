package id.go.bekasikota.koperasi.gateway.metrics;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The route template of a proxied path, for the {@code uri} tag of the request metrics: the routed
 * prefix as configured, then each segment either kept as a name ({@code annual-reports}) or replaced
 * by {@code {id}} (UUIDs, numbers, cooperative numbers, anything but lower-case words). The gateway
 * does not know the services' paths, so a name is kept only when the service's answer shows that it
 * knows the path; otherwise the rest collapses to {@code /**}. Either way a prefix has few templates,
 * whatever paths callers try.
 */
public final class UriTemplates {

    /** A resource name such as {@code annual-reports} or {@code submit}; ids never look like this. */
    private static final Pattern NAME = Pattern.compile("[a-z]{1,32}(-[a-z]{1,32}){0,3}");
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
    /** Deeper than any path of the services ({id}/documents/{id}/content is four below its prefix). */
    private static final int MAX_SEGMENTS = 6;
    static final String ID = "{id}";
    static final String REST = "/**";

    private final List<String> prefixes;

    public UriTemplates(Collection<String> prefixes) {
        // The longest prefix first, so that the most specific route names the path.
        this.prefixes = prefixes.stream().map(UriTemplates::trim).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /**
     * The template of a path below a routed prefix, empty for any other path.
     *
     * @param serviceKnowsPath whether the answer came from the service and shows that it has the path
     *                         (a 404 or a refusal by the gateway shows nothing about the names in it)
     */
    public Optional<String> template(String path, boolean serviceKnowsPath) {
        String trimmed = trim(path);
        for (String prefix : prefixes) {
            if (trimmed.equals(prefix)) {
                return Optional.of(prefix);
            }
            if (trimmed.startsWith(prefix + "/")) {
                return Optional.of(prefix + below(trimmed.substring(prefix.length() + 1), serviceKnowsPath));
            }
        }
        return Optional.empty();
    }

    private static String below(String rest, boolean serviceKnowsPath) {
        StringBuilder template = new StringBuilder();
        int count = 0;
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (++count > MAX_SEGMENTS) {
                return template.append(REST).toString();
            }
            if (!NAME.matcher(segment).matches()) {
                template.append('/').append(ID);
            } else if (serviceKnowsPath) {
                template.append('/').append(segment);
            } else {
                return REST;
            }
        }
        return template.toString();
    }

    /** Without repeated or trailing slashes, as Quarkus writes paths in its tags. */
    private static String trim(String path) {
        String single = path.contains("//") ? REPEATED_SLASHES.matcher(path).replaceAll("/") : path;
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
