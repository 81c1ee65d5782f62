package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BodyBytesTest {

    private static final Supplier<ProblemException> TOO_LARGE = () -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
            id.go.bekasikota.koperasi.platform.i18n.Text.verbatim("too large"));

    /** A body of {@code length} bytes that counts how many were read from it. */
    private static final class CountingBody extends InputStream {
        private final long length;
        final AtomicLong read = new AtomicLong();

        CountingBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read.get() >= length) {
                return -1;
            }
            read.incrementAndGet();
            return 'x';
        }
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() {
        assertThat(BodyBytes.read(new ByteArrayInputStream(new byte[]{1, 2, 3}), "3", 3, TOO_LARGE)).containsExactly(1, 2, 3);
        assertThat(BodyBytes.read(new ByteArrayInputStream(new byte[]{1, 2, 3}), null, 3, TOO_LARGE)).containsExactly(1, 2, 3);
        assertThat(BodyBytes.read(null, null, 3, TOO_LARGE)).isEmpty();
    }

    @Test
    void aBodyAnnouncedLongerIsRefusedBeforeAByteIsRead() {
        CountingBody body = new CountingBody(12_000_000);
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> BodyBytes.read(body, "12000000", 5_000_000, TOO_LARGE));
        assertThat(refused.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(body.read.get()).isZero();
    }

    @Test
    void aBodyWithoutItsLengthIsRefusedOnceItPassesTheLimit() {
        CountingBody body = new CountingBody(12_000_000);
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> BodyBytes.read(body, null, 1000, TOO_LARGE));
        assertThat(refused.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(body.read.get()).isEqualTo(1001);
        // Announced short, but longer: the announcement is not trusted.
        CountingBody lying = new CountingBody(5000);
        assertThat(catchThrowableOfType(ProblemException.class, () -> BodyBytes.read(lying, "10", 1000, TOO_LARGE)).type())
                .isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aBodyThatBreaksOffIsMalformed() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        };
        assertThat(catchThrowableOfType(ProblemException.class, () -> BodyBytes.read(broken, "100", 1000, TOO_LARGE)).type())
                .isEqualTo(ProblemType.MALFORMED_REQUEST);
    }
}
