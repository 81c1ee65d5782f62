package id.go.bekasikota.koperasi.registry.domain;

/**
 * What the register takes as a phone number (a cooperative's, an office holder's): 6 to 20 digits, an optional leading
 * {@code +}, and spaces, hyphens or brackets between them, as people write numbers ({@code 021 8841234},
 * {@code +62 812-3456-7890}, {@code (021) 884 1234}); at most 21 characters in all. Text without digits
 * ({@code ------}, {@code ()()()}) or with too few is refused. The bounds are those of the pattern taken before
 * (6 to 20 of {@code 0-9 ()-} after an optional {@code +}) less its digit-poor strings, so that a number stored under it
 * (two numbers written as one, up to 20 digits) does not stop every later edit of the cooperative: a merge patch is
 * validated whole. Where the number is (Indonesia or elsewhere) is not checked: a cooperative may give a foreign number.
 */
public final class PhoneNumber {

    /** The Bean Validation pattern; the length is bounded by {@link #MAX_LENGTH} beside it. */
    public static final String PATTERN = "\\+?[ ()-]*(?:[0-9][ ()-]*){6,20}";
    public static final int MAX_LENGTH = 21;

    private PhoneNumber() {
    }
}
