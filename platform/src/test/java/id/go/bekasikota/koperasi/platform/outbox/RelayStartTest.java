package id.go.bekasikota.koperasi.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's scheduled work runs only between the end of start-up and the shutdown event: a
 * poll outside that window would create the relay while its {@code outbox} channel is not (or
 * no longer) there.
 */
class RelayStartTest {

    private final RelayStart relayStart = new RelayStart();

    @Test
    void pollsAreSkippedUntilTheMessagingLayerIsConnected() {
        assertThat(relayStart.test(null)).as("skipped before start-up ends").isTrue();

        relayStart.messagingConnected(new StartupEvent());

        assertThat(relayStart.test(null)).as("skipped once started").isFalse();
    }

    @Test
    void pollsAreSkippedFromTheShutdownEventOn() {
        relayStart.messagingConnected(new StartupEvent());

        relayStart.shuttingDown(new ShutdownEvent());

        assertThat(relayStart.test(null)).as("skipped after the shutdown event").isTrue();
    }
}
