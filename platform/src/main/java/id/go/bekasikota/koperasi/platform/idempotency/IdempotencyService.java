package id.go.bekasikota.koperasi.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.time.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Writes with an {@code Idempotency-Key} (DESIGN 6: a retry returns the first answer; the same key with another
 * body is refused): the first successful answer is stored in the same transaction as the change, and a retry with
 * the same key and the same request gets it back without doing anything again. The same key with another request
 * is refused (422 {@code idempotency-key-reused}). Keys are scoped per owner (a partner; in notifications also the
 * office), each service keeps its own {@code idempotency_record} ({@link IdempotencyRecords}), and
 * {@link IdempotencyPurge} forgets them after {@code koperasi.idempotency.retention-days}.
 *
 * <p>A retry while the first request with its key is still being processed (a client that gave up
 * waiting) is refused at once (409 {@code conflict}), as the IETF draft "The Idempotency-Key HTTP
 * Header Field" asks, rather than queued behind it holding a connection of the pool: it retries later
 * and gets the first answer. A refused request (4xx) stores nothing, so its retry is evaluated again
 * and, nothing having changed, refused the same way. A retry of a request that has ended is answered from its
 * record without taking the key's lock, so that retries sent at once (a bank's workers) all get the first answer
 * rather than taking each other for a request still being processed.
 *
 * <p>Whether a key is required is the operation's: financing's partner API requires one, notifications' writes
 * take one when it is sent. {@link IdempotentResponses} turns an {@link Answer} into the HTTP answer.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    /** The answer's header: {@code true} on a stored answer given again, {@code false} otherwise. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** What a client needs to know of its keys, said on every operation that takes one (its {@code @Parameter}). */
    public static final String KEY_DESCRIPTION = "Unique per request, e.g. a UUID: 1 to 200 visible ASCII characters. Scope: your account "
            + "(a partner's keys are its own, for any operation; in the webhook subscriptions, the office's are every officer's). Kept 30 days (purged every 6 "
            + "hours after that): a retry within them with the same key and the same request (the same operation and path, and the "
            + "same body fields after parsing: key order, spacing and absent versus null members do not matter, the scale of a "
            + "decimal does) gets the first answer with `Idempotent-Replayed: true`; another request with the key is 422 "
            + "`idempotency-key-reused`; a retry while the first is still being processed is 409 `conflict` (retry a little "
            + "later). A refused request (4xx) stores nothing: its retry is evaluated again.";
    /** The longest key taken (the documents' {@code maxLength}). */
    public static final int KEY_LENGTH = 200;
    /** The key's characters as the OpenAPI document states them (ECMA-262): visible ASCII only; the length is its own bound. */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]+$";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + KEY_LENGTH + "}");

    private final IdempotencyRecords records;
    private final ObjectMapper objectMapper;
    private final ObjectMapper canonical;
    private final ObjectMapper reader;
    private final Today today;

    public IdempotencyService(IdempotencyRecords records, ObjectMapper objectMapper, Today today) {
        this.records = records;
        this.objectMapper = objectMapper;
        this.canonical = canonical(objectMapper);
        this.reader = JsonConfig.forStoredData(objectMapper);
        this.today = today;
    }

    /** The answer of a write: its status and JSON body, and whether it is a replay of the first one. */
    public record Answer(int status, String body, boolean replayed) {

        private static final ObjectMapper READER = new ObjectMapper();

        /** A member of the body's top-level object as text, "" when it has none: the id a Location names, the version of an ETag. */
        public String member(String name) {
            try {
                return READER.readTree(body).path(name).asText();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The answer is not JSON", e);
            }
        }
    }

    /**
     * What a write answers: its status and body, and {@code kept}, what is stored for a retry: the body itself, unless
     * the body holds what must not be copied into the table (see {@link #once(String, String, String, String, Object,
     * Supplier, Class, Function)}).
     */
    public record Outcome(int status, Object body, Object kept) {

        public Outcome(int status, Object body) {
            this(status, body, body);
        }
    }

    /**
     * Runs {@code write} once per owner and key; a retry gets the stored answer as it was given.
     *
     * @param owner   whose keys these are (a partner id, or what a service's owners are; see {@link IdempotencyRecords})
     * @param key     the Idempotency-Key header, or null (then the write simply runs)
     * @param method  with {@code path} and {@code request}, what "the same request" means
     * @param request the request's body as read (null for none)
     * @param write   the change; returns the status and the body to answer
     */
    @Transactional
    public Answer once(String owner, String key, String method, String path, Object request, Supplier<Outcome> write) {
        return run(owner, key, method, path, request, write, UnaryOperator.identity());
    }

    /**
     * As {@link #once(String, String, String, String, Object, Supplier)}, for an answer that holds what must not be
     * copied into the table (a signing secret): the write's {@link Outcome#kept()} is stored instead of its body (the
     * secret's id, say, in place of the secret), and a retry is answered {@code replay} of it, which reads what was
     * left out again from where the service keeps it anyway, so that the retry gets the same answer.
     */
    @Transactional
    public <K> Answer once(String owner, String key, String method, String path, Object request, Supplier<Outcome> write,
                           Class<K> kept, Function<K, Object> replay) {
        return run(owner, key, method, path, request, write, body -> json(replay.apply(read(body, kept))));
    }

    private Answer run(String owner, String key, String method, String path, Object request, Supplier<Outcome> write,
                       UnaryOperator<String> replay) {
        if (key == null) {
            Outcome outcome = write.get();
            return new Answer(outcome.status(), json(outcome.body()), false);
        }
        String given = key.strip();
        if (!wellFormed(given)) {
            throw ProblemException.invalid(HEADER, Text.of("problem.idempotency.key-format"));
        }
        String hash = fingerprint(canonical, method, path, request);
        // A retry of a request that has ended is answered from its record without the key's lock: retries sent at once
        // (a bank's workers) would otherwise take each other for the first request still being processed.
        Optional<Answer> ended = earlier(owner, given, hash, replay);
        if (ended.isPresent()) {
            return ended.get();
        }
        if (!records.hold(owner, given)) {
            throw ProblemException.conflict(Text.of("problem.idempotency.in-flight", given));
        }
        if (!records.claim(owner, given, hash, today.now())) {
            // The first request ended between the look-up and the lock.
            return earlier(owner, given, hash, replay)
                    .orElseThrow(() -> new IllegalStateException("Idempotency record vanished: " + given));
        }
        Outcome outcome = write.get();
        String body = json(outcome.body());
        records.complete(owner, given, outcome.status(), outcome.kept() == outcome.body() ? body : json(outcome.kept()));
        return new Answer(outcome.status(), body, false);
    }

    /**
     * The answer of the request that used the key first and has ended (its record committed), replayed; 422 when it
     * was another request; empty when no request with the key has ended.
     */
    private Optional<Answer> earlier(String owner, String key, String hash, UnaryOperator<String> replay) {
        return records.find(owner, key).map(first -> {
            if (!first.requestHash().equals(hash)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, Text.of("problem.idempotency.reused", key));
            }
            return new Answer(first.status(), replay.apply(first.body()), true);
        });
    }

    /** 1 to 200 visible ASCII characters (a UUID is a good key). */
    static boolean wellFormed(String key) {
        return KEY.matcher(key).matches();
    }

    /** The application's mapper writing a map's entries in the order of their keys: the same fields give the same bytes. */
    static ObjectMapper canonical(ObjectMapper objectMapper) {
        return objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** SHA-256, in hexadecimal, of {@code "METHOD path\n"} and the request's canonical JSON: what "the same request" is. */
    static String fingerprint(ObjectMapper canonical, String method, String path, Object request) {
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

    private <K> K read(String body, Class<K> type) {
        try {
            return reader.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer cannot be read as " + type.getSimpleName(), e);
        }
    }
}
