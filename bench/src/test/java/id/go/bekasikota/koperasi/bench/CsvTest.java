package id.go.bekasikota.koperasi.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotesTextLeavesNullEmptyAndPrintsTheRest() {
        StringBuilder out = new StringBuilder();
        Csv.row(out, new Csv.Text("Koperasi \"Maju\", Bekasi"), null, 42L, LocalDate.of(2025, 3, 15), true, new Csv.Text(""));
        assertThat(out).hasToString("\"Koperasi \"\"Maju\"\", Bekasi\",,42,2025-03-15,true,\"\"\n");
    }
}
