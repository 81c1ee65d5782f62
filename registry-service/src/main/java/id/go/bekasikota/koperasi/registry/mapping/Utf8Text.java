package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An uploaded file read as UTF-8 text, strictly. Java's own readers put U+FFFD in place of a byte
 * that is not UTF-8, and the register would store it: Excel's "CSV (Comma delimited)" writes
 * Windows-1252, where the apostrophe of {@code Mu'min} is the byte 0x92, which no UTF-8 text holds.
 * Such a file is refused instead (400 {@code malformed-request}), naming the line and the byte,
 * and saying how to save it. A byte-order mark at the start is skipped: it says the file is UTF-8
 * and is no part of its text.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The bytes as text; bytes that are not UTF-8 are a 400 naming where. Checked first, then made
     * into text once: the body's bytes and its text are all it holds (a builder would be a third
     * copy of up to 12 MiB).
     */
    public static String decode(byte[] bytes) {
        if (workbook(bytes)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("registry.file.workbook"));
        }
        char[] buffer = new char[8192];
        try (Reader reader = reader(new ByteArrayInputStream(bytes))) {
            while (reader.read(buffer) >= 0) {
                // Every byte checked; the text is made below.
            }
        } catch (NotUtf8Exception e) {
            throw e.problem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Whether the bytes are a spreadsheet's workbook rather than text: an XLSX (a ZIP archive, {@code PK 03 04}) or an
     * XLS (an OLE2 compound file, {@code D0 CF 11 E0}), as a browser sends a file picked by mistake, or one that
     * Windows labels {@code application/vnd.ms-excel} whatever it holds. Neither can start a UTF-8 text.
     */
    static boolean workbook(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The stream as text, read as it comes; a read that meets bytes that are not UTF-8 throws {@link NotUtf8Exception}. */
    public static Reader reader(InputStream bytes) {
        return new StrictReader(bytes);
    }

    /** The problem a file that is not UTF-8 is answered with, if {@code e} or one of its causes says it is not. */
    public static Optional<ProblemException> problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotUtf8Exception notUtf8) {
                return Optional.of(notUtf8.problem());
            }
        }
        return Optional.empty();
    }

    /** Bytes that are not UTF-8: where they start, as a line of the file (from 1) and a byte offset (from 0), and the first byte. */
    public static final class NotUtf8Exception extends CharacterCodingException {

        private final long line;
        private final long offset;
        private final int value;

        NotUtf8Exception(long line, long offset, int value) {
            this.line = line;
            this.offset = offset;
            this.value = value;
        }

        public long line() {
            return line;
        }

        public long offset() {
            return offset;
        }

        public int value() {
            return value;
        }

        public ProblemException problem() {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    Text.of("registry.file.not-utf8", line, offset, String.format(Locale.ROOT, "%02X", value)));
        }

        @Override
        public String getMessage() {
            return String.format(Locale.ROOT, "byte 0x%02X at offset %d (line %d) is not UTF-8", value, offset, line);
        }
    }

    /**
     * Decodes with a decoder that reports, not replaces, what is not UTF-8, and counts what it has
     * decoded (bytes, line breaks: CR LF, LF or CR each end a line) so that it can say where.
     */
    private static final class StrictReader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        private long offset;
        private long line = 1;
        private boolean afterCarriageReturn;
        private boolean endOfInput;
        private boolean finished;
        private boolean atStart = true;

        StrictReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, from, n);
            return n;
        }

        /** Decodes the next characters into {@code chars}; false at the end of the input. */
        private boolean fill() throws IOException {
            if (finished) {
                return false;
            }
            chars.clear();
            while (chars.position() == 0) {
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                count(start, bytes.position());
                if (result.isError()) {
                    // The decoder stops at the first byte of what it cannot read.
                    throw new NotUtf8Exception(line, offset, bytes.get(bytes.position()) & 0xFF);
                }
                if (result.isUnderflow()) {
                    if (endOfInput) {
                        decoder.flush(chars);
                        finished = true;
                        break;
                    }
                    if (chars.position() == 0) {
                        readMore();
                    }
                }
            }
            chars.flip();
            if (atStart) {
                atStart = false;
                if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
            return chars.hasRemaining() || !finished;
        }

        private void readMore() throws IOException {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }

        private void count(int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = bytes.get(i);
                if (b == '\r' || (b == '\n' && !afterCarriageReturn)) {
                    line++;
                }
                afterCarriageReturn = b == '\r';
            }
            offset += to - from;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
