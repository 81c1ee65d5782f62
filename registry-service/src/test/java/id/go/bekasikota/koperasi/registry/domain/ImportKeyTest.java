package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cooperative number as the key of an import row; the words are the row report's. */
class ImportKeyTest {

    private static final String REQUIRED = "is required: the cooperative number is the import's key, by which each row is"
            + " matched to the register; a row without one can be neither matched nor created (a cooperative without a"
            + " number is registered and changed through the API)";
    private static final String NOT_DIGITS = "must be 6 to 20 digits";
    private static final String SCIENTIFIC = "must be 6 to 20 digits; it looks like a spreadsheet wrote the number in"
            + " scientific notation (such as 3.27501E+12), which drops its last digits: format the column as Text in the"
            + " workbook, check the numbers and save the file again";

    @Test
    void sixToTwentyDigitsKeyARow() {
        assertThat(ImportKey.problem("327501")).isEmpty();
        assertThat(ImportKey.problem("3275010010001")).isEmpty();
        assertThat(ImportKey.problem("32750100100010000000")).isEmpty();
        assertThat(ImportKey.valid("3275010010001")).isTrue();
        assertThat(ImportKey.valid("32750")).isFalse();
        assertThat(ImportKey.valid(null)).isFalse();
    }

    @Test
    void anEmptyCellCannotKeyARowAndIsToldWhy() {
        assertThat(ImportKey.problem(null)).contains(REQUIRED);
        assertThat(ImportKey.problem("")).contains(REQUIRED);
    }

    @Test
    void otherTextIsNotANumber() {
        assertThat(ImportKey.problem("32750")).contains(NOT_DIGITS);
        assertThat(ImportKey.problem("327501001000100000000")).as("21 digits").contains(NOT_DIGITS);
        assertThat(ImportKey.problem("3275-01-001")).contains(NOT_DIGITS);
        assertThat(ImportKey.problem("NIK 3275010010001")).contains(NOT_DIGITS);
        // Digits of other scripts are digits to Unicode, not to the register.
        assertThat(ImportKey.problem("\u0663\u0662\u0667\u0665\u0660\u0661\u0660")).contains(NOT_DIGITS);
        assertThat(ImportKey.problem("3275010010001E")).contains(NOT_DIGITS);
        assertThat(ImportKey.problem("E+12")).contains(NOT_DIGITS);
    }

    @Test
    void aNumberInScientificNotationIsSaidToBeOne() {
        assertThat(ImportKey.problem("3.27501E+12")).contains(SCIENTIFIC);
        assertThat(ImportKey.problem("3,27501E+12")).as("a decimal comma (id-ID)").contains(SCIENTIFIC);
        assertThat(ImportKey.problem("3.27501e+12")).contains(SCIENTIFIC);
        assertThat(ImportKey.problem("3E+12")).contains(SCIENTIFIC);
        assertThat(ImportKey.problem("3.27501E12")).contains(SCIENTIFIC);
    }
}
