package id.go.bekasikota.koperasi.financing.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats accepted with a loan application, recognised from their first bytes
 * ("magic numbers"), never from the type the uploader declares.
 */
public enum DocumentFormat {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] magic;

    DocumentFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<DocumentFormat> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(f -> content.length >= f.magic.length && Arrays.equals(content, 0, f.magic.length, f.magic, 0, f.magic.length))
                .findFirst();
    }
}
