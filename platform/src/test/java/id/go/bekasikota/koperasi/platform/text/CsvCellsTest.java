package id.go.bekasikota.koperasi.platform.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaAreQuoted() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://evil.example\",\"Klik\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Klik\")");
        assertThat(CsvCells.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.safe("+1")).isEqualTo("'+1");
        assertThat(CsvCells.safe("-1")).isEqualTo("'-1");
        assertThat(CsvCells.safe("\tKoperasi")).isEqualTo("'\tKoperasi");
        assertThat(CsvCells.safe("\rKoperasi")).isEqualTo("'\rKoperasi");
        assertThat(CsvCells.safe("\0Koperasi")).isEqualTo("'\0Koperasi");
        assertThat(CsvCells.safe("+62 21 880")).as("a telephone number typed with its country code").isEqualTo("'+62 21 880");
        assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void otherCellsAreWrittenAsTheyAre() {
        assertThat(CsvCells.safe("Koperasi Lima Garuda")).isEqualTo("Koperasi Lima Garuda");
        assertThat(CsvCells.safe("Koperasi =1")).isEqualTo("Koperasi =1");
        assertThat(CsvCells.safe(" =1")).as("a leading space is text to a spreadsheet").isEqualTo(" =1");
        assertThat(CsvCells.safe("Sentra Boneka = 60% pasar")).isEqualTo("Sentra Boneka = 60% pasar");
        assertThat(CsvCells.safe("'quoted")).as("already text: no second quote").isEqualTo("'quoted");
        assertThat(CsvCells.safe("'")).isEqualTo("'");
        assertThat(CsvCells.safe("''")).isEqualTo("''");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }

    /** A reader that takes one guard off (the register's import) gets such a cell back as it was, not "-5". */
    @Test
    void aCellStartingWithQuotesBeforeAGuardedCharacterGetsOneQuoteMore() {
        assertThat(CsvCells.safe("'-5 (diketik)")).isEqualTo("''-5 (diketik)");
        assertThat(CsvCells.safe("'+Aisyiyah")).isEqualTo("''+Aisyiyah");
        assertThat(CsvCells.safe("'=1")).isEqualTo("''=1");
        assertThat(CsvCells.safe("''-1")).isEqualTo("'''-1");
    }

    /** A stored text that reads as a failed formula's error is written as text, so that a reader refusing such errors takes it. */
    @Test
    void aTextThatReadsAsAFailedFormulasErrorIsGuarded() {
        for (String error : List.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #ref! ", "Err:502")) {
            assertThat(CsvCells.formulaError(error)).as(error).isTrue();
            assertThat(CsvCells.safe(error)).as(error).isEqualTo("'" + error);
        }
        assertThat(CsvCells.safe("'#N/A")).isEqualTo("''#N/A");
        for (String value : List.of("#", "#1", "N/A", "Blok #REF", "#REF!x", "#Jalan Raya 5", "")) {
            assertThat(CsvCells.formulaError(value)).as(value).isFalse();
            assertThat(CsvCells.safe(value)).as(value).isEqualTo(value);
        }
        assertThat(CsvCells.formulaError(null)).isFalse();
    }
}
