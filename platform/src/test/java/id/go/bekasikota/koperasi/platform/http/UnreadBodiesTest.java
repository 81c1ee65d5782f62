package id.go.bekasikota.koperasi.platform.http;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadBodiesTest {

    @Test
    void anAnswerClosesTheConnectionWhenItsConnectionHeaderNamesClose() {
        assertThat(UnreadBodies.closes("close")).isTrue();
        assertThat(UnreadBodies.closes("Close")).as("options are case-insensitive (RFC 9110 §7.6.1)").isTrue();
        assertThat(UnreadBodies.closes("keep-alive, close")).isTrue();
        assertThat(UnreadBodies.closes(" close ,Upgrade")).isTrue();
    }

    @Test
    void otherwiseTheConnectionStaysForTheNextRequest() {
        assertThat(UnreadBodies.closes(null)).isFalse();
        assertThat(UnreadBodies.closes("")).isFalse();
        assertThat(UnreadBodies.closes("keep-alive")).isFalse();
        assertThat(UnreadBodies.closes("closed")).isFalse();
        assertThat(UnreadBodies.closes("x-close, upgrade")).isFalse();
    }

    @Test
    void theRestOfABodyIsDroppedUpToItsAllowanceAndCutOffOncePastIt() {
        AtomicInteger cuts = new AtomicInteger();
        UnreadBodies.Drop drop = new UnreadBodies.Drop(cuts::incrementAndGet, 10_000);
        drop.handle(Buffer.buffer(new byte[6_000]));
        drop.handle(Buffer.buffer(new byte[4_000]));
        assertThat(cuts).as("10,000 bytes: just the allowance").hasValue(0);
        drop.handle(Buffer.buffer(new byte[1]));
        assertThat(cuts).as("one byte past it").hasValue(1);
        drop.handle(Buffer.buffer(new byte[8_192]));
        assertThat(cuts).as("cut off once, whatever comes after").hasValue(1);
    }

    @Test
    void aBodyIsStillComingWithATransferEncodingOrUntilItsAnnouncedLengthWasRead() {
        assertThat(UnreadBodies.bodyStillComing(null, null, 0)).as("a GET: neither header, no body (RFC 9112 §6.3)").isFalse();
        assertThat(UnreadBodies.bodyStillComing(null, "0", 0)).isFalse();
        assertThat(UnreadBodies.bodyStillComing(null, " 0 ", 0)).isFalse();
        assertThat(UnreadBodies.bodyStillComing(null, "1", 0)).isTrue();
        assertThat(UnreadBodies.bodyStillComing(null, "120", 119)).as("one byte still to come").isTrue();
        assertThat(UnreadBodies.bodyStillComing(null, "120", 120)).as("a JSON body read to its length, its end not yet").isFalse();
        assertThat(UnreadBodies.bodyStillComing("chunked", null, 4_096)).as("chunks: only the end says it is over").isTrue();
        assertThat(UnreadBodies.bodyStillComing("chunked", "0", 0)).as("Transfer-Encoding wins over a length").isTrue();
        assertThat(UnreadBodies.bodyStillComing(null, "ten", 0)).isTrue();
    }
}
