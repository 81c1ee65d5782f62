package id.go.bekasikota.koperasi.tokens;

import java.util.regex.Pattern;

/**
 * What a partner's id (a bank's or fund's: {@code bank-bjb}) may be, written once for the office's financing programs
 * that name it and for the {@code partner_id} claim of the tokens that carry it (the gateway's check and the
 * services'): 1 to {@link #LENGTH} letters, digits, {@code .}, {@code _} or {@code -}, from a letter or a digit. A
 * token whose {@code partner_id} is blank, or a word no program could name, is refused (401) rather than taken for a
 * partner with no programs.
 */
public final class PartnerIds {

    /** The longest partner id. */
    public static final int LENGTH = 64;
    /** The characters of a partner id, as a schema pattern (its length is {@link #LENGTH}'s). */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (LENGTH - 1) + "}");

    private PartnerIds() {
    }

    public static boolean valid(String partnerId) {
        return partnerId != null && VALID.matcher(partnerId).matches();
    }
}
