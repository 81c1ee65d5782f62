package id.go.bekasikota.koperasi.platform.edge;

import io.quarkus.runtime.configuration.CidrAddressConverter;
import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' trusted proxies are addresses or CIDR ranges, never names: Quarkus looks a name up
 * in DNS on every request, uncached (its {@code ForwardedProxyHandler}), and an IPv6 address written
 * without brackets or a prefix ({@code ::1}) reads as host {@code :} port 1. That stalled about one
 * request in twenty for the DNS timeout (5 s) under concurrent keep-alive load (benchmark of
 * 2026-11-30). Read the way Quarkus reads them ({@code TrustedProxyCheckPartConverter}).
 */
class TrustedProxiesTest {

    private static final Pattern CIDR = Pattern.compile(".+/\\d+");
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{TRUSTED_PROXIES:([^}]*)}");

    @Test
    void theDefaultTrustedProxiesAreAddressesNotNames() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Matcher matcher = DEFAULT.matcher(config.getProperty("quarkus.http.proxy.trusted-proxies"));
        assertThat(matcher.matches()).isTrue();
        List<String> entries = Arrays.stream(matcher.group(1).split(",")).map(String::trim).toList();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(readAsAddress(entry)).as(entry).isTrue());
    }

    @Test
    void anUnbracketedIpv6AddressOrANameWouldBeLookedUp() {
        assertThat(readAsAddress("::1")).isFalse();
        assertThat(readAsAddress("gateway.koperasi.svc")).isFalse();
        assertThat(readAsAddress("[::1]")).isTrue();
        assertThat(readAsAddress("::1/128")).isTrue();
        assertThat(readAsAddress("10.0.0.0/8")).isTrue();
    }

    /** True when Quarkus reads the entry as an address or a range (no DNS lookup per request). */
    private static boolean readAsAddress(String entry) {
        if (CIDR.matcher(entry).matches()) {
            return new CidrAddressConverter().convert(entry) != null;
        }
        InetSocketAddress address = new InetSocketAddressConverter().convert(entry);
        return !address.isUnresolved() && address.getAddress() != null;
    }
}
