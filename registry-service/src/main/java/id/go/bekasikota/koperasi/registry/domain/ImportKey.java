package id.go.bekasikota.koperasi.registry.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cooperative number (Nomor Induk Koperasi) as the key of a bulk import: every row is matched
 * to the register by it, so a row without a valid one can be neither matched nor created. Checked
 * before anything else of the row (a row repeating an earlier row's number is told so only when
 * the number is one), in English: the words go into the stored row report.
 */
public final class ImportKey {

    /** The API's pattern of a cooperative number ({@code CooperativeRequest}): 6 to 20 ASCII digits. */
    private static final Pattern NUMBER = Pattern.compile("\\d{6,20}");

    /**
     * A number as a spreadsheet shows it in a column too narrow for it, and then writes it to CSV:
     * {@code 3.27501E+12}, or {@code 3,27501E+12} in a locale with a decimal comma.
     */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+-]?\\d+");

    private static final String REQUIRED = "is required: the cooperative number is the import's key, by which each row is"
            + " matched to the register; a row without one can be neither matched nor created (a cooperative without a"
            + " number is registered and changed through the API)";
    private static final String NOT_DIGITS = "must be 6 to 20 digits";
    private static final String SCIENTIFIC_NOTATION = NOT_DIGITS + "; it looks like a spreadsheet wrote the number in scientific"
            + " notation (such as 3.27501E+12), which drops its last digits: format the column as Text in the workbook,"
            + " check the numbers and save the file again";

    private ImportKey() {
    }

    /** Whether the (normalised) cell can key a row. */
    public static boolean valid(String number) {
        return number != null && NUMBER.matcher(number).matches();
    }

    /** Why the (normalised) cell cannot key a row; empty when it can. Null is an empty cell. */
    public static Optional<String> problem(String number) {
        if (number == null || number.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (valid(number)) {
            return Optional.empty();
        }
        return Optional.of(SCIENTIFIC.matcher(number).matches() ? SCIENTIFIC_NOTATION : NOT_DIGITS);
    }
}
