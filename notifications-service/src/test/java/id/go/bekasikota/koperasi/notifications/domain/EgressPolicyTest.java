package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class EgressPolicyTest {

    private static final EgressPolicy PRODUCTION = new EgressPolicy(false, false, false);
    private static final EgressPolicy TESTS = new EgressPolicy(true, true, false);

    /** A resolver that knows a few names, as a DNS would answer them; IP literals resolve to themselves. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "bank.example" -> new InetAddress[]{InetAddress.getByName("203.0.113.10")};
            case "rebind.example" -> new InetAddress[]{InetAddress.getByName("203.0.113.11"), InetAddress.getByName("10.1.2.3")};
            case "v6local.example" -> new InetAddress[]{InetAddress.getByName("fd00::1")};
            default -> {
                if (host.matches("[0-9.]+") || host.contains(":")) {
                    yield new InetAddress[]{InetAddress.getByName(host.replace("[", "").replace("]", ""))};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    @Test
    void aDestinationIsTheAddressesCheckedAndOnlyThoseOfOneResolution() throws Exception {
        assertThat(PRODUCTION.destination("https://bank.example/hooks", EgressPolicyTest::resolve).addresses())
                .containsExactly(InetAddress.getByName("203.0.113.10"));
        assertThat(PRODUCTION.destination("https://rebind.example/hooks", EgressPolicyTest::resolve).addresses()).isEmpty();
        // A name that answers a public address to the check and an internal one after it: the sender is given the first
        // answer, and resolves no more (the second call is never made).
        int[] calls = {0};
        EgressPolicy.Destination destination = PRODUCTION.destination("https://flip.example/hooks", host -> {
            calls[0]++;
            return new InetAddress[]{InetAddress.getByName(calls[0] == 1 ? "203.0.113.12" : "10.0.0.7")};
        });
        assertThat(destination.refusal()).isEmpty();
        assertThat(destination.addresses()).containsExactly(InetAddress.getByName("203.0.113.12"));
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void productionTakesHttpsToPublicAddressesOnly() {
        assertThat(PRODUCTION.refusal("https://bank.example/hooks", EgressPolicyTest::resolve)).isEmpty();
        assertThat(PRODUCTION.refusal("http://bank.example/hooks", EgressPolicyTest::resolve)).contains("must be an https URL");
        assertThat(PRODUCTION.refusal("ftp://bank.example/", EgressPolicyTest::resolve)).contains("must be an https URL");
        assertThat(PRODUCTION.refusal("https://127.0.0.1/", EgressPolicyTest::resolve)).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        assertThat(PRODUCTION.refusal("https://[::1]/", EgressPolicyTest::resolve)).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
        for (String internal : new String[]{"10.0.0.7", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.1"}) {
            assertThat(PRODUCTION.refusal("https://" + internal + "/", EgressPolicyTest::resolve)).as(internal)
                    .hasValueSatisfying(r -> assertThat(r).contains("internal"));
        }
        assertThat(PRODUCTION.refusal("https://[fd00::1]/", EgressPolicyTest::resolve)).hasValueSatisfying(r -> assertThat(r).contains("fd00"));
        assertThat(PRODUCTION.refusal("https://v6local.example/", EgressPolicyTest::resolve)).contains(EgressPolicy.NOT_PUBLIC);
        assertThat(PRODUCTION.refusal("https://0.0.0.0/", EgressPolicyTest::resolve)).hasValueSatisfying(r -> assertThat(r).contains("not a host address"));
    }

    @Test
    void ipv6AddressesThatCarryAnIpv4AddressAreRefused() {
        // 169.254.169.254 is a9fe:a9fe: through NAT64, 6to4, Teredo or the old IPv4-compatible form.
        for (String carrier : new String[]{"64:ff9b::a9fe:a9fe", "64:ff9b:1::a9fe:a9fe", "2002:a9fe:a9fe::1", "2001:0:a9fe:a9fe::1",
                "::a9fe:a9fe", "::7f00:1"}) {
            assertThat(PRODUCTION.refusal("https://[" + carrier + "]/", EgressPolicyTest::resolve)).as(carrier)
                    .hasValueSatisfying(r -> assertThat(r).contains("internal"));
        }
        // A native global address is a receiver's: taken.
        assertThat(PRODUCTION.refusal("https://[2400:cb00:2048:1::c629:d7a2]/", EgressPolicyTest::resolve)).isEmpty();
    }

    @Test
    void everyAddressOfTheHostIsChecked() {
        assertThat(PRODUCTION.refusal("https://rebind.example/", EgressPolicyTest::resolve)).contains(EgressPolicy.NOT_PUBLIC);
    }

    @Test
    void theRefusalOfANameSaysNeitherWhetherItResolvesNorWhereTo() {
        // An internal name, a name that does not resolve and a name with one internal address among public
        // ones are refused alike: a partner cannot map the office's internal names to their addresses.
        assertThat(PRODUCTION.refusal("https://v6local.example/", EgressPolicyTest::resolve))
                .isEqualTo(PRODUCTION.refusal("https://nowhere.example/", EgressPolicyTest::resolve))
                .isEqualTo(PRODUCTION.refusal("https://rebind.example/", EgressPolicyTest::resolve))
                .hasValueSatisfying(r -> assertThat(r).doesNotContain("10.1.2.3", "fd00", "example"));
    }

    @Test
    void malformedOrUnresolvableUrlsAreRefused() {
        assertThat(PRODUCTION.refusal("https://nowhere.example/", EgressPolicyTest::resolve)).contains(EgressPolicy.NOT_PUBLIC);
        assertThat(PRODUCTION.refusal("not a url", EgressPolicyTest::resolve)).isPresent();
        assertThat(PRODUCTION.refusal("https:///path", EgressPolicyTest::resolve)).contains("must name a host");
        assertThat(PRODUCTION.refusal("https://user:pw@bank.example/", EgressPolicyTest::resolve)).contains("must not carry credentials");
        assertThat(PRODUCTION.refusal("https://bank.example/" + "a".repeat(2000), EgressPolicyTest::resolve)).isPresent();
    }

    @Test
    void testsMayUseHttpToLoopbackButStillNotPrivateRanges() {
        assertThat(TESTS.refusal("http://127.0.0.1:8089/hook", EgressPolicyTest::resolve)).isEmpty();
        assertThat(TESTS.refusal("http://10.0.0.7/hook", EgressPolicyTest::resolve)).isPresent();
        assertThat(new EgressPolicy(true, true, true).refusal("http://10.0.0.7/hook", EgressPolicyTest::resolve)).isEmpty();
    }
}
