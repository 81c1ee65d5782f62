package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCursorTest {

    @Test
    void aCursorIsTheUrlSafeBase64OfItsVersionedText() {
        String encoded = new ChangeCursor(12, 3).encode();
        assertThat(encoded).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString("c1.12.3".getBytes(StandardCharsets.US_ASCII)));
        assertThat(ChangeCursor.decode(encoded)).contains(new ChangeCursor(12, 3));
        assertThat(ChangeCursor.decode(ChangeCursor.START.encode())).contains(ChangeCursor.START);
    }

    @Test
    void anythingElseIsNoCursor() {
        assertThat(ChangeCursor.decode("not base64!")).isEmpty();
        assertThat(ChangeCursor.decode(b64("c2.1.0"))).isEmpty();
        assertThat(ChangeCursor.decode(b64("c1.1"))).isEmpty();
        assertThat(ChangeCursor.decode(b64("c1.-1.0"))).isEmpty();
        assertThat(ChangeCursor.decode(b64("c1.1.0.5"))).isEmpty();
        assertThat(ChangeCursor.decode(b64("c1.99999999999999999999.0"))).isEmpty();
        assertThat(ChangeCursor.decode("")).isEmpty();
        assertThat(ChangeCursor.decode(null)).isEmpty();
    }

    @Test
    void cursorsOrderByPositionThenOrdinal() {
        assertThat(new ChangeCursor(2, 0)).isGreaterThan(new ChangeCursor(1, 900));
        assertThat(new ChangeCursor(2, 1)).isGreaterThan(new ChangeCursor(2, 0));
        assertThat(new ChangeCursor(2, 1)).isEqualByComparingTo(new ChangeCursor(2, 1));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
