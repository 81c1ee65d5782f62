package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.time.Today;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.financing.config.FinancingConfig;
import id.go.bekasikota.koperasi.financing.repository.IdempotencyRecords;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Partner writes with an {@code Idempotency-Key}: the first successful answer is stored in the
 * same transaction as the change, and a retry with the same key and the same request gets it
 * back without doing anything again. The same key with another request is refused (422).
 *
 * <p>A retry while the first request with its key is still being processed (a client that gave up
 * waiting) is refused at once (409 {@code conflict}), as the IETF draft "The Idempotency-Key HTTP
 * Header Field" asks, rather than queued behind it holding a connection of the pool: it retries later
 * and gets the first answer. A refused request (4xx) stores nothing, so its retry is evaluated again
 * and, nothing having changed, refused the same way.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyRecords records;
    private final ObjectMapper canonical;
    private final ObjectMapper objectMapper;
    private final FinancingConfig config;
    private final Today today;
    private final ScheduledWork scheduled;

    public IdempotencyService(IdempotencyRecords records, ObjectMapper objectMapper, FinancingConfig config, Today today, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.records = records;
        this.objectMapper = objectMapper;
        this.canonical = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.config = config;
        this.today = today;
    }

    /** The answer of a write: its status and JSON body, and whether it is a replay of the first one. */
    public record Answer(int status, String body, boolean replayed) {
    }

    /**
     * Runs {@code write} once per partner and key.
     *
     * @param key     the Idempotency-Key header, or null (then the write simply runs)
     * @param request what identifies the request: method, path and body
     * @param write   the change; returns the status and the body to answer
     */
    @Transactional
    public Answer once(String partnerId, String key, String method, String path, Object request, Supplier<Outcome> write) {
        if (key == null) {
            Outcome outcome = write.get();
            return new Answer(outcome.status(), json(outcome.body()), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, Text.of("financing.field.idempotency-key-format"));
        }
        String hash = fingerprint(method, path, request);
        if (!records.hold(partnerId, key)) {
            throw ProblemException.conflict(Text.of("financing.idempotency.in-flight", key));
        }
        if (!records.claim(partnerId, key, hash, today.now())) {
            IdempotencyRecords.Stored stored = records.find(partnerId, key)
                    .orElseThrow(() -> new IllegalStateException("Idempotency record vanished: " + key));
            if (!stored.requestHash().equals(hash)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, Text.of("financing.idempotency.reused", key));
            }
            return new Answer(stored.status(), stored.body(), true);
        }
        Outcome outcome = write.get();
        String body = json(outcome.body());
        records.complete(partnerId, key, outcome.status(), body);
        return new Answer(outcome.status(), body, false);
    }

    /** What a write answers. */
    public record Outcome(int status, Object body) {
    }

    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "idempotency-purge")
    void purgeExpired() {
        scheduled.run("idempotency-purge", () -> QuarkusTransaction.requiringNew().run(() ->
                records.purgeBefore(today.now().minus(java.time.Duration.ofDays(config.idempotency().retentionDays())))));
    }

    String fingerprint(String method, String path, Object request) {
        try {
            byte[] body = canonical.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private String json(Object body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer cannot be serialised", e);
        }
    }
}
