package id.go.bekasikota.koperasi.registry.domain.ods;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OdsReportItemTest {

    private static OdsReportItem proposal(String registerNumber) {
        return new OdsReportItem(UUID.randomUUID(), 3, OdsFindingKind.PROPOSED_MATCH, 4, UUID.randomUUID(), registerNumber,
                "Koperasi Mekar Sari", "3275070010077", "KOPERASI MEKAR SARI", OdsMatch.NAME, null, null, null,
                new BigDecimal("0.91"), null, null, null);
    }

    @Test
    void onlyTheNumberTheReportComparedIsReplacedByConfirmingIt() {
        assertThat(proposal("3275070010001").comparedNumber("3275070010001")).isTrue();
        assertThat(proposal("3275070010001").comparedNumber("3275070010099")).as("corrected since").isFalse();
        assertThat(proposal("3275070010001").comparedNumber(null)).as("removed since").isFalse();
        assertThat(proposal(null).comparedNumber(null)).as("unnumbered then and now").isTrue();
        assertThat(proposal(null).comparedNumber("3275070010099")).as("numbered since").isFalse();
    }
}
