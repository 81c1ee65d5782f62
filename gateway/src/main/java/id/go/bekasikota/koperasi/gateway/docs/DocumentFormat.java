package id.go.bekasikota.koperasi.gateway.docs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The representations of an API document: JSON, the default, and YAML ({@code application/yaml},
 * RFC 9512). Chosen by {@code ?format=json|yaml}, else by {@code Accept} (RFC 9110 12.5.1: each
 * format takes the quality of the most specific media range that matches it; the higher wins, JSON
 * on a tie; none above 0 is a 406).
 */
enum DocumentFormat {

    JSON("json", "application/json"),
    YAML("yaml", "application/yaml");

    /** A quality value (RFC 9110, 12.4.2): 0 to 1 with at most three decimals. */
    private static final Pattern QUALITY = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private final String name;
    private final String mediaType;

    DocumentFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format named by {@code ?format=}, in any case. */
    static Optional<DocumentFormat> named(String value) {
        for (DocumentFormat format : values()) {
            if (format.name.equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format the {@code Accept} header prefers; empty when it accepts neither. */
    static Optional<DocumentFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        DocumentFormat best = null;
        double bestQuality = 0;
        for (DocumentFormat format : values()) {
            double quality = format.quality(accept);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality of the most specific media range that matches this format's media type, 0 when none does. */
    private double quality(String accept) {
        int bestSpecificity = 0;
        double quality = 0;
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String range = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity = range.equals(mediaType) ? 3 : range.equals(type + "/*") ? 2 : range.equals("*/*") ? 1 : 0;
            Double q = qualityParameter(parts);
            if (specificity > bestSpecificity && q != null) {
                bestSpecificity = specificity;
                quality = q;
            }
        }
        return quality;
    }

    /** The {@code q} parameter of a media range (1 when absent), null when it is not a quality value. */
    private static Double qualityParameter(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                String value = parameter.substring(2).trim();
                return QUALITY.matcher(value).matches() ? Double.valueOf(value) : null;
            }
        }
        return 1.0;
    }

    /** A strong ETag of a representation: its SHA-256, shortened to 128 bits. */
    static String etag(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
