package id.go.bekasikota.koperasi.notifications.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where webhooks may go. In production only {@code https} URLs whose host resolves to public
 * addresses only: every address of the host is checked, so a name that also points inside (a
 * loopback, private, link-local, carrier-grade NAT or unique-local address, or the cloud metadata
 * address 169.254.169.254) is refused. Tests may allow {@code http} and loopback receivers.
 *
 * @param allowHttp     plain {@code http} URLs (tests and local development)
 * @param allowLoopback 127.0.0.0/8 and ::1 (tests and local development)
 * @param allowPrivate  private, link-local and shared ranges (a closed network only)
 */
public record EgressPolicy(boolean allowHttp, boolean allowLoopback, boolean allowPrivate) {

    public static final int MAX_URL_LENGTH = 2000;

    /** Resolves a host name to all its addresses (the JDK's resolver, or a fixed one in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * What checking a URL found: why it may not receive webhooks (empty when it may) and, when it may, every address
     * its host resolved to, all of them checked. A sender connects to one of these, never resolving the name again:
     * a name that answered public addresses to the check cannot point inside by the time of the connection (DNS
     * rebinding).
     */
    public record Destination(Optional<String> refusal, List<InetAddress> addresses) {

        static Destination refused(String reason) {
            return new Destination(Optional.of(reason), List.of());
        }
    }

    /** Why the URL may not receive webhooks; empty when it may. */
    public Optional<String> refusal(String url, Resolver resolver) {
        return destination(url, resolver).refusal();
    }

    /** Checks the URL and, when it may receive webhooks, gives the checked addresses to connect to. */
    public Destination destination(String url, Resolver resolver) {
        Optional<String> refused = refusalOfTheUrl(url);
        if (refused.isPresent()) {
            return Destination.refused(refused.get());
        }
        String host = URI.create(url).getHost();
        // A name's refusal says neither whether it resolves nor where to: the answer would map the
        // office's internal names to their addresses for whoever asks. An address written as such
        // tells nothing new, so its refusal says what it is.
        boolean literal = ADDRESS_LITERAL.matcher(host).matches();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Destination.refused(NOT_PUBLIC);
        }
        if (addresses.length == 0) {
            return Destination.refused(NOT_PUBLIC);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusedAddress = refusal(address);
            if (refusedAddress.isPresent()) {
                return Destination.refused(literal ? "is " + address.getHostAddress() + ", " + refusedAddress.get() : NOT_PUBLIC);
            }
        }
        return new Destination(Optional.empty(), List.of(addresses));
    }

    /** What is wrong with the URL as written, before its host is resolved. */
    private Optional<String> refusalOfTheUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not carry a fragment");
        }
        return Optional.empty();
    }

    /** The refusal of a host name that does not resolve, or resolves to an address that is not public. */
    static final String NOT_PUBLIC = "must name a host that resolves to public addresses only";

    /** A host written as an address: IPv4 dotted digits, or IPv6 in brackets. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9A-Fa-f:.%a-zA-Z]+]");

    private Optional<String> refusal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("which is not a host address");
        }
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        if (!allowPrivate && internal(address)) {
            return Optional.of("a private, link-local or otherwise internal address");
        }
        return Optional.empty();
    }

    /**
     * IPv6 prefixes that carry an IPv4 address a gateway or tunnel turns back into IPv4, so that
     * {@code [64:ff9b::a9fe:a9fe]} would reach 169.254.169.254 through a NAT64: NAT64's well-known prefix
     * 64:ff9b::/96 and its local-use 64:ff9b:1::/48, 6to4 2002::/16, Teredo 2001::/32, and the deprecated
     * IPv4-compatible ::/96 (:: and ::1 are refused before). A webhook receiver has a native address.
     */
    private static boolean embedsIpv4(byte[] b) {
        boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && (allZero(b, 4, 12) || (b[4] == 0x00 && b[5] == 0x01));
        boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
        boolean teredo = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00;
        boolean ipv4Compatible = allZero(b, 0, 12);
        return nat64 || sixToFour || teredo || ipv4Compatible;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean internal(InetAddress address) {
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                      // 0.0.0.0/8 "this network"
                    || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    || (first == 198 && (second == 18 || second == 19))   // 198.18.0.0/15 benchmarking
                    || first >= 240;                                // 240.0.0.0/4 reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc // fc00::/7 unique local
                    || embedsIpv4(b);
        }
        return false;
    }
}
