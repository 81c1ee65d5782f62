package id.go.bekasikota.koperasi.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a well-formed Idempotency-Key is, and what "the same request" is: the fingerprints are SHA-256 sums worked
 * out apart from the code ({@code printf 'POST /api/v1/webhook-subscriptions\n{...}' | sha256sum}).
 */
class IdempotencyServiceTest {

    /** A request body as a resource reads it. */
    record Subscribe(String url, List<String> eventTypes, String description) {
    }

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final String LOAN_TYPES = "id.go.bekasikota.financing.loan-application.*";

    private final ObjectMapper mapper = mapper();
    private final ObjectMapper canonical = IdempotencyService.canonical(mapper);

    @Test
    void aKeyIsOneToTwoHundredVisibleAsciiCharacters() {
        assertThat(IdempotencyService.wellFormed("6f1c2d0e-3b1a-4f59-9a57-0f4b1c2d3e4f")).isTrue();
        assertThat(IdempotencyService.wellFormed("x")).isTrue();
        assertThat(IdempotencyService.wellFormed("!~")).isTrue();
        assertThat(IdempotencyService.wellFormed("k".repeat(200))).isTrue();

        assertThat(IdempotencyService.wellFormed("")).isFalse();
        assertThat(IdempotencyService.wellFormed("k".repeat(201))).isFalse();
        assertThat(IdempotencyService.wellFormed("two words")).isFalse();
        assertThat(IdempotencyService.wellFormed("kunci-\u00e9")).isFalse();
        assertThat(IdempotencyService.wellFormed("tab\there")).isFalse();
        assertThat(IdempotencyService.wellFormed("del\u007f")).isFalse();
    }

    @Test
    void aRequestIsItsMethodPathAndBodyFieldsAfterParsing() throws Exception {
        Subscribe first = mapper.readValue("{\"url\": \"https://api.bank.example/hooks\", \"eventTypes\": [\"" + LOAN_TYPES + "\"]}",
                Subscribe.class);
        Subscribe again = mapper.readValue("""
                {  "eventTypes":["%s"],
                   "description": null,
                   "url":"https://api.bank.example/hooks" }""".formatted(LOAN_TYPES), Subscribe.class);
        String expected = "35c0db8c2d7fc8775e10720b99e69d454d4f0acf12ace338b78285607837387e";

        assertThat(IdempotencyService.fingerprint(canonical, "POST", SUBSCRIPTIONS, first)).isEqualTo(expected);
        assertThat(IdempotencyService.fingerprint(canonical, "POST", SUBSCRIPTIONS, again)).isEqualTo(expected);
        assertThat(IdempotencyService.fingerprint(canonical, "PUT", SUBSCRIPTIONS, first))
                .isEqualTo("90c7b62da7bc8f4660692c3cadcfba74a54d067ebb06a938c6512295ae96a4f7");
    }

    @Test
    void aMapsMembersCountInTheOrderOfTheirNames() {
        Map<String, Object> urlFirst = new LinkedHashMap<>();
        urlFirst.put("url", "https://api.bank.example/hooks");
        urlFirst.put("eventTypes", List.of(LOAN_TYPES));
        Map<String, Object> typesFirst = new LinkedHashMap<>();
        typesFirst.put("eventTypes", List.of(LOAN_TYPES));
        typesFirst.put("url", "https://api.bank.example/hooks");

        String expected = "21bcc9966f2091a1f3271216b7c603a9841e716f41b57fdb574413cc64c56ccc";
        assertThat(IdempotencyService.fingerprint(canonical, "POST", SUBSCRIPTIONS, urlFirst)).isEqualTo(expected);
        assertThat(IdempotencyService.fingerprint(canonical, "POST", SUBSCRIPTIONS, typesFirst)).isEqualTo(expected);
    }

    @Test
    void theScaleOfADecimalMakesAnotherRequest() {
        assertThat(IdempotencyService.fingerprint(canonical, "POST", "/a", Map.of("rate", new BigDecimal("0.06"))))
                .isEqualTo("a428e555f4b002e3d0ccf7ec628e1dcac23c3cf62ac10865346ec45e9e957751");
        assertThat(IdempotencyService.fingerprint(canonical, "POST", "/a", Map.of("rate", new BigDecimal("0.060"))))
                .isEqualTo("f9033928845aade7da8ea974ef287da3627f8a5a914b95dc0cb40971cf8c087c");
    }

    /** A redelivery has no body: its path (which delivery) is the request. */
    @Test
    void aRequestWithoutABodyIsItsMethodAndPath() {
        assertThat(IdempotencyService.fingerprint(canonical, "POST", SUBSCRIPTIONS
                + "/5f0c1d7e-9a2b-4c3d-8e6f-7a1b2c3d4e5f/deliveries/0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11/redeliver", null))
                .isEqualTo("797c7e7347db50583b621e26f5d222672113197d857786f5f47c8cce09705748");
    }

    @Test
    void anAnswersMembersAreReadAsText() {
        IdempotencyService.Answer answer = new IdempotencyService.Answer(201,
                "{\"id\":\"0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11\",\"version\":3,\"active\":true}", true);
        assertThat(answer.member("id")).isEqualTo("0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11");
        assertThat(answer.member("version")).isEqualTo("3");
        assertThat(answer.member("secret")).isEmpty();
    }

    @Test
    void theRefusalsReadTheSameInBothLanguages() {
        String key = "6f1c2d0e-3b1a-4f59-9a57-0f4b1c2d3e4f";
        assertThat(Messages.format(Languages.ENGLISH, "problem.idempotency.reused", key)).isEqualTo("Idempotency-Key "
                + "6f1c2d0e-3b1a-4f59-9a57-0f4b1c2d3e4f was first used with another request; use a new key for a new request");
        assertThat(Messages.format(Languages.INDONESIAN, "problem.idempotency.reused", key)).isEqualTo("Idempotency-Key "
                + "6f1c2d0e-3b1a-4f59-9a57-0f4b1c2d3e4f sudah digunakan untuk permintaan lain; gunakan kunci baru untuk permintaan baru");
        assertThat(Messages.format(Languages.ENGLISH, "problem.idempotency.in-flight", key)).isEqualTo("A request with Idempotency-Key "
                + "6f1c2d0e-3b1a-4f59-9a57-0f4b1c2d3e4f is still being processed; retry in a few seconds to get its answer");
        assertThat(Messages.format(Languages.INDONESIAN, "problem.idempotency.in-flight", key)).isEqualTo("Permintaan dengan "
                + "Idempotency-Key 6f1c2d0e-3b1a-4f59-9a57-0f4b1c2d3e4f masih diproses; ulangi beberapa detik lagi untuk mendapatkan jawabannya");
        assertThat(Messages.format(Languages.ENGLISH, "problem.idempotency.key-format"))
                .isEqualTo("must be 1 to 200 visible ASCII characters (a UUID is a good key)");
        assertThat(Messages.format(Languages.INDONESIAN, "problem.idempotency.key-format"))
                .isEqualTo("harus 1 sampai 200 karakter ASCII yang terlihat (UUID merupakan kunci yang baik)");
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        return mapper;
    }
}
