package id.go.bekasikota.koperasi.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItClaims() {
        ClientAddresses.Client client = addresses.resolve("203.0.113.9", null, "198.51.100.1");
        assertEquals("203.0.113.9", client.address());
        assertEquals(List.of("203.0.113.9"), client.chain());
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        // The client forged 1.2.3.4; the balancer appended what it saw (198.51.100.23), then 10.2.2.2 its own peer.
        ClientAddresses.Client client = addresses.resolve("10.9.9.9", null, "1.2.3.4, 198.51.100.23, 10.2.2.2");
        assertEquals("198.51.100.23", client.address());
        assertEquals(List.of("198.51.100.23", "10.2.2.2", "10.9.9.9"), client.chain());
    }

    @Test
    void theStandardForwardedHeaderWinsOverXForwardedFor() {
        ClientAddresses.Client client = addresses.resolve("192.0.2.7", "for=\"[2001:db8::1]:4711\", for=198.51.100.5;proto=https",
                "203.0.113.1");
        assertEquals("198.51.100.5", client.address());
        ClientAddresses.Client v6 = addresses.resolve("192.0.2.7", "for=203.0.113.60:80, for=\"[2001:db8:cafe::17]\"", null);
        assertEquals("203.0.113.60", v6.address());
    }

    @Test
    void aTrustedPeerWithoutAChainOrWithGarbageIsItself() {
        assertEquals("10.0.0.5", addresses.resolve("10.0.0.5", null, null).address());
        assertEquals("10.0.0.5", addresses.resolve("10.0.0.5", null, "unknown").address());
        assertEquals("10.0.0.6", addresses.resolve("10.0.0.5", null, "evil.example, 10.0.0.6").address());
    }

    @Test
    void rangesMatchByPrefix() {
        assertTrue(addresses.isTrusted("10.255.0.1"));
        assertFalse(addresses.isTrusted("11.0.0.1"));
        assertTrue(addresses.isTrusted("192.0.2.7"));
        assertFalse(addresses.isTrusted("192.0.2.8"));
        assertTrue(addresses.isTrusted("2001:db8:ffff::1"));
        assertFalse(addresses.isTrusted("2001:db9::1"));
        assertFalse(addresses.isTrusted("localhost"), "names are never looked up");
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/33")));
    }
}
