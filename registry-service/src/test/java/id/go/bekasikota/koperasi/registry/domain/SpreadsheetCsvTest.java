package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.text.CsvCells;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV files as spreadsheets write them: separators, empty rows, the export's formula guard, column letters. */
class SpreadsheetCsvTest {

    @Test
    void theSeparatorIsTheMostFrequentOutsideQuotes() {
        assertThat(SpreadsheetCsv.separator("NIK Koperasi,Nama Koperasi,Status")).isEqualTo(',');
        assertThat(SpreadsheetCsv.separator("NIK Koperasi;Nama Koperasi;\"Status, terakhir\"")).isEqualTo(';');
        assertThat(SpreadsheetCsv.separator("NIK Koperasi\tNama Koperasi\t\"a;b;c;d\"")).isEqualTo('\t');
        assertThat(SpreadsheetCsv.separator("\"NIK;Koperasi\",Nama")).isEqualTo(',');
        assertThat(SpreadsheetCsv.separator("NIK Koperasi")).isEqualTo(',');
        // The import's header as Excel writes it in the id-ID locale, and as a tab-separated export.
        assertThat(SpreadsheetCsv.separator("cooperativeNumber;name;jenis;bentuk;kelompok;kecamatanCode;foundedOn")).isEqualTo(';');
        assertThat(SpreadsheetCsv.separator("cooperativeNumber\tname\tjenis\tbentuk\tkelompok\tkecamatanCode\tfoundedOn")).isEqualTo('\t');
        // Ties: a comma over a semicolon or a tab, a tab over a semicolon.
        assertThat(SpreadsheetCsv.separator("a,b;c")).isEqualTo(',');
        assertThat(SpreadsheetCsv.separator("a,b\tc")).isEqualTo(',');
        assertThat(SpreadsheetCsv.separator("a;b\tc")).isEqualTo('\t');
        assertThat(SpreadsheetCsv.separator("a;b;c\td")).isEqualTo(';');
    }

    @Test
    void aRecordOfEmptyOrSpaceCellsIsNoRow() {
        assertThat(SpreadsheetCsv.blank(List.of(""))).isTrue();
        assertThat(SpreadsheetCsv.blank(List.of("", "", "", "", "", "", ""))).isTrue();
        assertThat(SpreadsheetCsv.blank(List.of(" ", "\u00A0", "\t", "\u202F", "\u2007"))).isTrue();
        assertThat(SpreadsheetCsv.blank(Arrays.asList(null, ""))).isTrue();
        assertThat(SpreadsheetCsv.blank(List.of())).isTrue();

        assertThat(SpreadsheetCsv.blank(List.of("", "", "x"))).isFalse();
        assertThat(SpreadsheetCsv.blank(List.of("-", ""))).isFalse();
        assertThat(SpreadsheetCsv.blank(List.of(" 0 "))).isFalse();
    }

    @Test
    void theExportsFormulaGuardIsTakenOffAndAnyOtherLeadingQuoteIsText() {
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'=HYPERLINK(\"http://evil.example\",\"Klik\")"))
                .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Klik\")");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'-")).isEqualTo("-");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'-1")).isEqualTo("-1");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'+62 21 8801234")).isEqualTo("+62 21 8801234");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'@SUM(A1:A9)")).isEqualTo("@SUM(A1:A9)");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'\tKoperasi Tab")).isEqualTo("\tKoperasi Tab");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'\rKoperasi CR")).isEqualTo("\rKoperasi CR");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'\0")).isEqualTo("\0");

        assertThat(SpreadsheetCsv.withoutFormulaGuard("'Aisyiyah Kota Bekasi")).isEqualTo("'Aisyiyah Kota Bekasi");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("''-1")).as("the export's guard before '-1").isEqualTo("'-1");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'''-1")).as("the export's guard before ''-1").isEqualTo("''-1");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("''Aisyiyah")).isEqualTo("''Aisyiyah");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("''")).isEqualTo("''");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("'")).isEqualTo("'");
        assertThat(SpreadsheetCsv.withoutFormulaGuard(" '-1")).isEqualTo(" '-1");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("Jl. Raya '-' No. 1")).isEqualTo("Jl. Raya '-' No. 1");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("-1")).isEqualTo("-1");
        assertThat(SpreadsheetCsv.withoutFormulaGuard("")).isEmpty();
        assertThat(SpreadsheetCsv.withoutFormulaGuard(null)).isNull();
        // A stored text that reads as a failed formula's error travels guarded and reads back as it was.
        for (String text : List.of("#N/A", "#REF!", "'#REF!", "''#VALUE!")) {
            assertThat(SpreadsheetCsv.withoutFormulaGuard(CsvCells.safe(text))).as(text).isEqualTo(text);
        }
    }

    /**
     * Held equal to what the export does (platform {@code CsvCells.safe}), character by character: a
     * cell the export guarded reads back as it was, and a quote before a character it does not guard
     * is left alone, so that adding a character to {@code CsvCells} without this class fails here.
     */
    @Test
    void theGuardTakenOffIsExactlyTheOneTheExportPutsOn() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String cell = c + "Koperasi";
            assertThat(SpreadsheetCsv.withoutFormulaGuard(CsvCells.safe(cell))).as("U+%04X", (int) c).isEqualTo(cell);
            boolean guarded = !CsvCells.safe(cell).equals(cell);
            assertThat(SpreadsheetCsv.withoutFormulaGuard("'" + cell)).as("'U+%04X", (int) c).isEqualTo(guarded ? cell : "'" + cell);
            for (String quoted : List.of("'" + cell, "''" + cell)) {
                assertThat(SpreadsheetCsv.withoutFormulaGuard(CsvCells.safe(quoted))).as("a cell %s", quoted).isEqualTo(quoted);
            }
        }
    }

    @Test
    void columnsAreLetteredAsASpreadsheetLettersThem() {
        assertThat(SpreadsheetCsv.columnLetters(1)).isEqualTo("A");
        assertThat(SpreadsheetCsv.columnLetters(2)).isEqualTo("B");
        assertThat(SpreadsheetCsv.columnLetters(13)).isEqualTo("M");
        assertThat(SpreadsheetCsv.columnLetters(26)).isEqualTo("Z");
        assertThat(SpreadsheetCsv.columnLetters(27)).isEqualTo("AA");
        assertThat(SpreadsheetCsv.columnLetters(52)).isEqualTo("AZ");
        assertThat(SpreadsheetCsv.columnLetters(53)).isEqualTo("BA");
        assertThat(SpreadsheetCsv.columnLetters(702)).isEqualTo("ZZ");
        assertThat(SpreadsheetCsv.columnLetters(703)).isEqualTo("AAA");
        assertThatThrownBy(() -> SpreadsheetCsv.columnLetters(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
