package id.go.bekasikota.koperasi.platform.text;

import org.junit.jupiter.api.Test;

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
    }

    @Test
    void otherCellsAreWrittenAsTheyAre() {
        assertThat(CsvCells.safe("Koperasi Lima Garuda")).isEqualTo("Koperasi Lima Garuda");
        assertThat(CsvCells.safe("Koperasi =1")).isEqualTo("Koperasi =1");
        assertThat(CsvCells.safe(" =1")).as("a leading space is text to a spreadsheet").isEqualTo(" =1");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }
}
