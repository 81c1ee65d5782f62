package id.go.bekasikota.koperasi.registry.event;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.platform.inbox.IdempotentConsumer;
import id.go.bekasikota.koperasi.platform.inbox.InboundEvent;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Award;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Keeps the award history from the awards service's {@code winner-announced} events (channel
 * {@code awards-nomination}, topic {@code awards.nomination.v1}). The data is read tolerantly:
 * other awards event types are ignored, extra fields are fine; a winner the register does not
 * know, or data without its required fields, is a poison message for the dead-letter topic; so is a
 * {@code programId}, {@code category} or {@code level} longer than
 * {@link #CODE_LENGTH} (the awards service sends a UUID and its enum names; the register's document states the bound).
 */
@ApplicationScoped
public class AwardWinnersConsumer {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    public static final String CONSUMER = "award-history";
    public static final String WINNER_ANNOUNCED = "id.go.bekasikota.awards.nomination.winner-announced.v1";
    public static final int CODE_LENGTH = 40;
    private static final Logger LOG = Logger.getLogger(AwardWinnersConsumer.class);

    private final IdempotentConsumer inbox;
    private final Today today;

    public AwardWinnersConsumer(IdempotentConsumer inbox, Today today) {
        this.inbox = inbox;
        this.today = today;
    }

    @Incoming("awards-nomination")
    @Blocking(ordered = true)
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, CONSUMER, this::apply);
    }

    void apply(InboundEvent event) {
        if (!WINNER_ANNOUNCED.equals(event.type())) {
            LOG.debugf("Ignoring awards event %s of type %s", event.id(), event.type());
            return;
        }
        JsonNode data = event.data();
        UUID cooperativeId = uuid(data, "cooperativeId");
        if (Cooperative.findById(cooperativeId) == null) {
            throw new PoisonMessageException("winner " + cooperativeId + " is not a cooperative in the register");
        }
        String programId = code(data, "programId");
        String category = code(data, "category");
        String level = code(data, "level");
        int year = integer(data, "year");
        int rank = integer(data, "rank");
        BigDecimal totalScore = data.hasNonNull("totalScore") ? decimal(data, "totalScore") : null;
        LocalDate announcedOn = date(data, "announcedOn");
        // A later announcement for the same program, category and level corrects the earlier one.
        Award award = Award.<Award>find("programId = ?1 and category = ?2 and level = ?3 and cooperativeId = ?4",
                programId, category, level, cooperativeId).firstResultOptional().orElse(null);
        boolean isNew = award == null;
        if (isNew) {
            award = new Award();
            award.id = UUID.randomUUID();
            award.cooperativeId = cooperativeId;
            award.programId = programId;
            award.category = category;
            award.level = level;
        }
        award.year = year;
        award.rank = rank;
        award.totalScore = totalScore;
        award.announcedOn = announcedOn;
        award.sourceEventId = event.id();
        award.receivedAt = today.now();
        if (isNew) {
            award.persist();
        }
    }

    private static JsonNode required(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw new PoisonMessageException("data." + field + " is missing");
        }
        return value;
    }

    private static String text(JsonNode data, String field) {
        return required(data, field).asText();
    }

    private static int integer(JsonNode data, String field) {
        JsonNode value = required(data, field);
        if (value.canConvertToInt() && (value.isIntegralNumber() || value.isTextual() && WHOLE_NUMBER.matcher(value.asText()).matches())) {
            return value.isTextual() ? Integer.parseInt(value.asText()) : value.intValue();
        }
        throw new PoisonMessageException("data." + field + " is not a whole number: " + value);
    }

    private static BigDecimal decimal(JsonNode data, String field) {
        JsonNode value = required(data, field);
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new PoisonMessageException("data." + field + " is not a number: " + value);
        }
    }

    private static String code(JsonNode data, String field) {
        String code = text(data, field);
        if (code.length() > CODE_LENGTH) {
            throw new PoisonMessageException("data." + field + " is longer than " + CODE_LENGTH + " characters");
        }
        return code;
    }

    private static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(text(data, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("data." + field + " is not a UUID: " + data.get(field));
        }
    }

    private static LocalDate date(JsonNode data, String field) {
        try {
            return LocalDate.parse(text(data, field));
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("data." + field + " is not a date: " + data.get(field));
        }
    }
}
