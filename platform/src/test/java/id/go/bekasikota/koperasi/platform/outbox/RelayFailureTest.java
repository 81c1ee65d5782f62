package id.go.bekasikota.koperasi.platform.outbox;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay's failure line names the broker's own reason, however deep it is wrapped. */
class RelayFailureTest {

    @Test
    void theInnermostCauseIsNamedWithItsMessage() {
        Exception wrapped = new ExecutionException(new IllegalStateException("send failed",
                new TimeoutException("Topic registry.cooperative.v1 not present in metadata after 60000 ms.")));
        assertThat(OutboxRelay.rootCause(wrapped))
                .isEqualTo("TimeoutException: Topic registry.cooperative.v1 not present in metadata after 60000 ms.");
        assertThat(OutboxRelay.rootCause(new TimeoutException())).isEqualTo("TimeoutException");
    }
}
