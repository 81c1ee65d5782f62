package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploaded files read as UTF-8, strictly: where a file is not, said by line and byte. */
class Utf8TextTest {

    @Test
    void utf8IsReadAsItIsAndALeadingByteOrderMarkIsSkipped() {
        assertThat(Utf8Text.decode("Koperasi Mu\u2019min\nJl. Kalimalang \u2013 Bekasi".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Koperasi Mu\u2019min\nJl. Kalimalang \u2013 Bekasi");
        assertThat(Utf8Text.decode(bytes(0xEF, 0xBB, 0xBF, 'n', 'a', 'm', 'e'))).isEqualTo("name");
        assertThat(Utf8Text.decode(bytes(0xEF, 0xBB, 0xBF))).isEmpty();
        assertThat(Utf8Text.decode(new byte[0])).isEmpty();
        // Only the first character can be a byte-order mark; one further on is text (a cell's rules refuse it).
        assertThat(Utf8Text.decode("a\uFEFFb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFFb");
        // Four-byte characters are two chars in Java.
        assertThat(Utf8Text.decode("Koperasi \uD83C\uDF3E".getBytes(StandardCharsets.UTF_8))).isEqualTo("Koperasi \uD83C\uDF3E");
    }

    /** Excel's "CSV (Comma delimited)": Windows-1252, where the apostrophe of Mu'min is the byte 0x92. */
    @Test
    void windows1252IsRefusedNamingTheLineTheByteAndHowToSaveTheFile() {
        byte[] file = concat("cooperativeNumber,name\r\n3275010010001,Koperasi Mu".getBytes(StandardCharsets.US_ASCII),
                bytes(0x92), "min\r\n".getBytes(StandardCharsets.US_ASCII));
        // "cooperativeNumber,name\r\n" is 24 bytes, "3275010010001,Koperasi Mu" 25 more: the byte is at offset 49, on line 2.
        assertThatThrownBy(() -> Utf8Text.decode(file)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
            assertThat(e.getMessage()).isEqualTo("The file is not UTF-8: line 2 holds the byte 0x92 (byte offset 49), which UTF-8"
                    + " does not allow. Excel's \"CSV (Comma delimited)\" writes another encoding: save the file as"
                    + " \"CSV UTF-8 (Comma delimited)\" and send it again");
        });
    }

    @Test
    void linesEndWithCrLfLfOrCrAndTheByteOrderMarkCountsItsBytes() {
        // BOM (3) + "a\r\nb\nc\rd " (9): the byte 0xE9 (é in Latin-1) is at offset 12, on line 4.
        assertThat(failure(concat(bytes(0xEF, 0xBB, 0xBF), "a\r\nb\nc\rd ".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, 'e'))))
                .isEqualTo(new Where(4, 12, 0xE9));
        // An empty line is a line: "\n\n\r\n" ends three.
        assertThat(failure(concat("\n\n\r\n".getBytes(StandardCharsets.US_ASCII), bytes(0xFF)))).isEqualTo(new Where(4, 4, 0xFF));
    }

    @Test
    void aSequenceCutShortOrNotAllowedIsRefusedAtItsFirstByte() {
        // "Koperasi " (9 bytes) and the first two of the three bytes of U+2019, then the end of the file.
        assertThat(failure(concat("Koperasi ".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x80)))).isEqualTo(new Where(1, 9, 0xE2));
        // The same two bytes followed by a letter.
        assertThat(failure(concat("Koperasi ".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x80, 'A')))).isEqualTo(new Where(1, 9, 0xE2));
        // A surrogate encoded on its own (CESU-8), which UTF-8 forbids.
        assertThat(failure(bytes('a', 0xED, 0xA0, 0x80))).isEqualTo(new Where(1, 1, 0xED));
        // An overlong encoding of "/".
        assertThat(failure(bytes('a', 'b', 0xC0, 0xAF))).isEqualTo(new Where(1, 2, 0xC0));
    }

    @Test
    void theReaderSaysWhereAcrossItsBuffers() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < 1_000; i++) {
            file.writeBytes("3275010010001,Koperasi Satu\n".getBytes(StandardCharsets.US_ASCII));
        }
        file.writeBytes("3275010010002,Mu".getBytes(StandardCharsets.US_ASCII));
        file.write(0x92);
        // 1,000 lines of 28 bytes, then 16 bytes of the 1,001st line.
        try (Reader reader = Utf8Text.reader(new ByteArrayInputStream(file.toByteArray()))) {
            char[] buffer = new char[100];
            assertThatThrownBy(() -> {
                while (reader.read(buffer) >= 0) {
                    // read on
                }
            }).isInstanceOfSatisfying(Utf8Text.NotUtf8Exception.class, e -> assertThat(new Where(e.line(), e.offset(), e.value()))
                    .isEqualTo(new Where(1_001, 28_016, 0x92)));
        }
    }

    @Test
    void aCharacterAcrossTwoReadsOfTheStreamIsOneCharacter() throws IOException {
        // 8,191 bytes, then é (0xC3 0xA9) on either side of the reader's 8,192-byte buffer, then one byte read at a time.
        byte[] file = concat("a".repeat(8_191).getBytes(StandardCharsets.US_ASCII), bytes(0xC3, 0xA9, 'b'));
        assertThat(Utf8Text.decode(file)).isEqualTo("a".repeat(8_191) + "\u00E9b");
        try (Reader reader = Utf8Text.reader(new ByteArrayInputStream(file) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        })) {
            StringBuilder text = new StringBuilder();
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                text.append((char) c);
            }
            assertThat(text.toString()).isEqualTo("a".repeat(8_191) + "\u00E9b");
        }
    }

    private record Where(long line, long offset, int value) {
    }

    private static Where failure(byte[] file) {
        try (Reader reader = Utf8Text.reader(new ByteArrayInputStream(file))) {
            while (reader.read() >= 0) {
                // read on
            }
        } catch (Utf8Text.NotUtf8Exception e) {
            return new Where(e.line(), e.offset(), e.value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read as UTF-8");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
