package id.go.bekasikota.koperasi.awards.event;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.awards.domain.LoanStanding;
import id.go.bekasikota.koperasi.contracts.OfficeTime;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.platform.inbox.IdempotentConsumer;
import id.go.bekasikota.koperasi.platform.inbox.InboundEvent;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link LoanStanding} from {@code financing.loan-application.v1} (channel
 * {@code financing-loan-application}): the state of each loan, whether it was disbursed and
 * whether it ever defaulted. Award eligibility ("no DEFAULTED loan") and the clean-repayment
 * indicator read it. Redelivered and stale events (aggregate version not newer) change nothing;
 * unknown types and data without the application or cooperative go to the dead-letter topic.
 */
@ApplicationScoped
public class LoanEventsConsumer {

    public static final String CONSUMER = "loan-standing";
    private static final Logger LOG = Logger.getLogger(LoanEventsConsumer.class);

    private final IdempotentConsumer inbox;
    private final Today today;

    public LoanEventsConsumer(IdempotentConsumer inbox, Today today) {
        this.inbox = inbox;
        this.today = today;
    }

    @Incoming("financing-loan-application")
    @Blocking(ordered = true)
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, CONSUMER, this::apply);
    }

    void apply(InboundEvent event) {
        String newState = switch (event.type()) {
            case FinancingEventTypes.STATE_CHANGED -> text(event.data(), "toState");
            case FinancingEventTypes.DEFAULTED -> LoanStanding.DEFAULTED;
            case FinancingEventTypes.SETTLED -> LoanStanding.SETTLED;
            // A repayment changes no state here, but proves the loan was disbursed.
            case FinancingEventTypes.REPAYMENT_RECORDED -> null;
            default -> throw new PoisonMessageException("unknown event type " + event.type());
        };
        UUID applicationId = uuid(event.data(), "applicationId");
        UUID cooperativeId = uuid(event.data(), "cooperativeId");
        LoanStanding loan = LoanStanding.<LoanStanding>findByIdOptional(applicationId).orElse(null);
        boolean isNew = loan == null;
        if (isNew) {
            loan = new LoanStanding();
            loan.applicationId = applicationId;
            loan.cooperativeId = cooperativeId;
            loan.state = newState == null ? "REPAYING" : newState;
        } else if (!loan.cooperativeId.equals(cooperativeId)) {
            throw new PoisonMessageException("application " + applicationId + " belongs to cooperative " + loan.cooperativeId
                    + ", not " + cooperativeId);
        }
        LocalDate on = officeDate(event);
        if (!loan.apply(newState, event.aggregateVersion(), event.id(), on, today.now())) {
            LOG.debugf("Ignoring stale event %s (version %d) for loan application %s at version %d",
                    event.id(), event.aggregateVersion(), applicationId, loan.aggregateVersion);
            return;
        }
        if (FinancingEventTypes.REPAYMENT_RECORDED.equals(event.type())) {
            loan.disbursed(on);
        }
        if (isNew) {
            loan.persist();
        }
    }

    /**
     * The office date the event's turn took effect: a default's {@code asOf}, a repayment's {@code paidOn} (the loan was
     * disbursed by then), a settlement's {@code settledOn} (the day it was paid off, which a partner may report later),
     * else the office date of its {@code occurredAt}; null when the data has none readable.
     */
    static LocalDate officeDate(InboundEvent event) {
        JsonNode data = event.data();
        String field = switch (event.type()) {
            case FinancingEventTypes.DEFAULTED -> "asOf";
            case FinancingEventTypes.REPAYMENT_RECORDED -> "paidOn";
            case FinancingEventTypes.SETTLED -> "settledOn";
            default -> null;
        };
        try {
            if (field != null && data.hasNonNull(field)) {
                return LocalDate.parse(data.get(field).asText());
            }
            return data.hasNonNull("occurredAt")
                    ? Instant.parse(data.get("occurredAt").asText()).atZone(OfficeTime.ZONE).toLocalDate() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PoisonMessageException("data." + field + " is missing");
        }
        return value.asText();
    }

    private static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(text(data, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("data." + field + " is not a UUID: " + data.get(field));
        }
    }
}
