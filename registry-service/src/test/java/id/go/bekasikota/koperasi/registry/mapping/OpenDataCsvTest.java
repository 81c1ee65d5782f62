package id.go.bekasikota.koperasi.registry.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP's CSV injection advice: a formula-leading text cell is written as text. */
class OpenDataCsvTest {

    @Test
    void formulaLeadingCellsGetAQuote() {
        assertThat(OpenDataCsv.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(OpenDataCsv.text("+62 21 880")).isEqualTo("'+62 21 880");
        assertThat(OpenDataCsv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(OpenDataCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(OpenDataCsv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(OpenDataCsv.text("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertThat(OpenDataCsv.text("Sentra Boneka = 60% pasar")).isEqualTo("Sentra Boneka = 60% pasar");
        assertThat(OpenDataCsv.text("'quoted")).isEqualTo("'quoted");
        assertThat(OpenDataCsv.text("")).isEmpty();
        assertThat(OpenDataCsv.text(null)).isNull();
    }
}
