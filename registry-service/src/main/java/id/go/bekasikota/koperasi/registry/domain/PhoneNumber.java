package id.go.bekasikota.koperasi.registry.domain;

/**
 * What the register takes as a phone number (a cooperative's, an office holder's): 6 to 15 digits (E.164 numbers have
 * at most 15), an optional leading {@code +}, and spaces, hyphens or brackets between them, as people write numbers
 * ({@code 021 8841234}, {@code +62 812-3456-7890}, {@code (021) 884 1234}); at most 20 characters in all. No digit at
 * all ({@code ------}) or more digits than any number has is refused. Where the number is (Indonesia or elsewhere) is
 * not checked: a cooperative may give a foreign number.
 */
public final class PhoneNumber {

    /** The Bean Validation pattern; the length is bounded by {@link #MAX_LENGTH} beside it. */
    public static final String PATTERN = "\\+?[ ()-]*(?:[0-9][ ()-]*){6,15}";
    public static final int MAX_LENGTH = 20;

    private PhoneNumber() {
    }
}
