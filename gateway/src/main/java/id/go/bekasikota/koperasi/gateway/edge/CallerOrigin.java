package id.go.bekasikota.koperasi.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scheme, host and port the caller used: what a service's {@code Location}, a CORS same-origin check and the
 * {@code X-Forwarded-Proto}/{@code -Host}/{@code -Port} the services receive must name. Behind a trusted proxy
 * (the ingress controller that ends TLS, {@code koperasi.trusted-proxies}) they are what that proxy says it
 * received: the last value of its {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port}, else of
 * {@code Forwarded}'s {@code proto} and {@code host} (RFC 7239); without one, or from any other peer, the
 * gateway's own connection: its scheme, the request's authority (the {@code Host} header), else, for an
 * HTTP/1.0 request without one, the address the connection reached. A client's own forwarding headers are never
 * believed.
 *
 * @param scheme    {@code http} or {@code https}
 * @param authority host and, where the caller named one, port ({@code koperasi.bekasikota.go.id},
 *                  {@code localhost:8080})
 * @param port      the port the caller used (the scheme's default when it named none)
 */
public record CallerOrigin(String scheme, String authority, int port) {

    /** The request's {@link CallerOrigin}, resolved once by {@link ClientLimits}. */
    public static final String KEY = "koperasi.caller-origin";

    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?");

    /** The origin the caller's browser sends as {@code Origin} for this request's own pages. */
    public String origin() {
        return scheme + "://" + authority;
    }

    static CallerOrigin of(HttpServerRequest request, boolean fromTrustedProxy) {
        String ownScheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
        String ownAuthority = request.authority() != null ? request.authority().toString() : local(request);
        if (!fromTrustedProxy) {
            return new CallerOrigin(ownScheme, ownAuthority, port(ownAuthority, ownScheme));
        }
        String forwarded = request.getHeader("Forwarded");
        String scheme = last(request.getHeader("X-Forwarded-Proto"))
                .or(() -> lastParameter(forwarded, "proto"))
                .map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.equals("http") || s.equals("https"))
                .orElse(ownScheme);
        String authority = last(request.getHeader("X-Forwarded-Host"))
                .or(() -> lastParameter(forwarded, "host"))
                .filter(h -> HOST.matcher(h).matches())
                .orElse(ownAuthority);
        int port = last(request.getHeader("X-Forwarded-Port"))
                .filter(p -> p.matches("\\d{1,5}")).map(Integer::parseInt).filter(p -> p > 0 && p < 65536)
                .orElseGet(() -> port(authority, scheme));
        return new CallerOrigin(scheme, authority, port);
    }

    private static String local(HttpServerRequest request) {
        SocketAddress local = request.localAddress();
        if (local == null || local.host() == null) {
            return "localhost";
        }
        String host = local.host().contains(":") ? "[" + local.host() + "]" : local.host();
        return host + ":" + local.port();
    }

    /** The port an authority names, else the scheme's default. */
    private static int port(String authority, String scheme) {
        int colon = authority.lastIndexOf(':');
        if (colon > authority.lastIndexOf(']') && colon < authority.length() - 1) {
            try {
                return Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                // not a port: the default below
            }
        }
        return "https".equals(scheme) ? 443 : 80;
    }

    /** The last element of a comma-separated header: what the nearest proxy appended. */
    private static Optional<String> last(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] parts = header.split(",");
        String last = parts[parts.length - 1].trim();
        return last.isEmpty() ? Optional.empty() : Optional.of(last);
    }

    /**
     * A parameter of the last element of a {@code Forwarded} header (RFC 7239), unquoted: what the nearest proxy
     * appended, never an earlier element a client may have written.
     */
    private static Optional<String> lastParameter(String forwarded, String name) {
        if (forwarded == null || forwarded.isBlank()) {
            return Optional.empty();
        }
        String[] elements = forwarded.split(",");
        return ClientAddresses.forwardedParameter(elements[elements.length - 1], name).stream()
                .filter(value -> !value.isEmpty()).findFirst();
    }
}
