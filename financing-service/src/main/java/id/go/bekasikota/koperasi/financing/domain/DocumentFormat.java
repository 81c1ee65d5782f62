package id.go.bekasikota.koperasi.financing.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The document formats accepted with a loan application, recognised from their first bytes
 * ("magic numbers"), never from the type the uploader declares.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentFormat(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The name a download is saved under: the uploader's file name, or else the document's type with the
     * format's extension ({@code site_photo.png}), so that the saved file opens with the right program.
     */
    public static String downloadName(String filename, String documentType, String mediaType) {
        if (filename != null) {
            return filename;
        }
        String name = documentType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst()
                .map(f -> name + "." + f.extension).orElse(name);
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
