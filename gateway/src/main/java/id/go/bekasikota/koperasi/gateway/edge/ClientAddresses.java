package id.go.bekasikota.koperasi.gateway.edge;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The real client of a request, for the limits: the connection's peer, unless the peer is one of
 * the configured trusted proxies (CIDRs, {@code koperasi.trusted-proxies}); then the forwarded chain
 * ({@code Forwarded: for=...}, else {@code X-Forwarded-For}) is read from the right, skipping trusted
 * proxies, and the first address that is not one is the client. Addresses a client wrote itself at
 * the left of the chain are never believed: a trusted proxy appends what it saw, so only the right
 * part of the chain is vouched for. (Quarkus' own forwarding support takes the leftmost entry, which
 * a client can forge; hence this class.)
 */
public final class ClientAddresses {

    /** The client and the chain the gateway vouches for, client first ({@code X-Forwarded-For} to the services). */
    public record Client(String address, List<String> chain) {
    }

    private final List<Cidr> trusted;

    public ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    public boolean isTrusted(String address) {
        return parse(address).map(ip -> trusted.stream().anyMatch(cidr -> cidr.contains(ip))).orElse(false);
    }

    /**
     * @param peer           the address of the connection's other end
     * @param forwarded      the {@code Forwarded} header (RFC 7239) or null
     * @param xForwardedFor  the {@code X-Forwarded-For} header or null
     */
    public Client resolve(String peer, String forwarded, String xForwardedFor) {
        List<String> chain = new ArrayList<>();
        chain.add(peer);
        if (!isTrusted(peer)) {
            return new Client(peer, List.of(peer));
        }
        List<String> claimed = forwarded != null && !forwarded.isBlank() ? forwardedFor(forwarded)
                : xForwardedFor != null ? xForwardedFor(xForwardedFor) : List.of();
        for (int i = claimed.size() - 1; i >= 0; i--) {
            String hop = claimed.get(i);
            if (parse(hop).isEmpty()) {
                break; // "unknown", an obfuscated name or garbage: stop believing the chain here
            }
            chain.add(hop);
            if (!isTrusted(hop)) {
                break;
            }
        }
        Collections.reverse(chain);
        return new Client(chain.get(0), List.copyOf(chain));
    }

    static List<String> xForwardedFor(String header) {
        List<String> hops = new ArrayList<>();
        for (String part : header.split(",")) {
            hops.add(strip(part.trim()));
        }
        return hops;
    }

    static List<String> forwardedFor(String header) {
        return forwardedParameter(header, "for").stream().map(ClientAddresses::strip).toList();
    }

    /**
     * The values of one parameter of a {@code Forwarded} header (RFC 7239), unquoted, one per element that has it, in
     * the header's order: {@code for}, {@code proto}, {@code host}.
     */
    static List<String> forwardedParameter(String header, String name) {
        List<String> values = new ArrayList<>();
        for (String element : header.split(",")) {
            for (String pair : element.split(";")) {
                String[] kv = pair.trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase(name)) {
                    values.add(kv[1].trim().replace("\"", ""));
                }
            }
        }
        return values;
    }

    /** Without brackets and port: {@code [2001:db8::1]:4711} -> {@code 2001:db8::1}, {@code 192.0.2.60:80} -> {@code 192.0.2.60}. */
    private static String strip(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    /** The characters of an IPv4 or IPv6 literal, with a dot or a colon among them (a name has other letters, or neither). */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("(?=.*[.:])[0-9a-fA-F:.]+");

    /** A literal IPv4 or IPv6 address; never a name lookup. */
    static Optional<InetAddress> parse(String literal) {
        if (literal == null || !ADDRESS_LITERAL.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address range: {@code 10.0.0.0/8}, {@code ::1/128}, or one address. */
    record Cidr(BigInteger network, int prefix, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = ClientAddresses.parse(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address range: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Bad prefix length in " + text.toLowerCase(Locale.ROOT));
            }
            return new Cidr(mask(new BigInteger(1, address.getAddress()), prefix, bits), prefix, bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            return bytes.length * 8 == bits && mask(new BigInteger(1, bytes), prefix, bits).equals(network);
        }

        private static BigInteger mask(BigInteger value, int prefix, int bits) {
            return value.shiftRight(bits - prefix).shiftLeft(bits - prefix);
        }
    }
}
