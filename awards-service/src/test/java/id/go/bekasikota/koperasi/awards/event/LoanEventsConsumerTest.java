package id.go.bekasikota.koperasi.awards.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.platform.inbox.InboundEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LoanEventsConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSettlementTakesEffectOnTheDayTheLoanWasPaidOffNotTheDayItWasReported() {
        ObjectNode data = JSON.createObjectNode().put("settledOn", "2026-05-10").put("occurredAt", "2026-06-01T02:00:00Z");
        assertThat(LoanEventsConsumer.officeDate(event(FinancingEventTypes.SETTLED, data))).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void anotherTurnTakesEffectOnTheOfficeDayItOccurred() {
        // 18:30 UTC on 31 May is 01:30 on 1 June in Kota Bekasi (UTC+7).
        ObjectNode data = JSON.createObjectNode().put("occurredAt", "2026-05-31T18:30:00Z");
        assertThat(LoanEventsConsumer.officeDate(event(FinancingEventTypes.STATE_CHANGED, data))).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    private static InboundEvent event(String type, ObjectNode data) {
        return new InboundEvent("e-1", type, "/financing", null, null, 1, "financing.loan-application.v1", null, data, JSON);
    }
}
