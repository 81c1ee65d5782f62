package id.go.bekasikota.koperasi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo loan book, loaded after the register through the public APIs: three partners'
 * programs (LPDB-KUMKM, Bank BJB KUR Kecil, BRI KUR Mikro) and three applications of the named
 * cooperatives: Lima Garuda's loan repaying with Bank BJB, Makmur Mandiri's forwarded to LPDB,
 * Kranggan's draft. It waits until financing knows the cooperatives from the registry's events.
 */
public final class FinancingDemoData {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final String registryUrl;
    private final String financingUrl;

    public FinancingDemoData(String registryUrl, String financingUrl) {
        this.registryUrl = registryUrl;
        this.financingUrl = financingUrl;
    }

    /**
     * Loads programs and applications unless the demo's own are there (LPDB-KUMKM's revolving fund, which it registers
     * first): a program someone registered while the demo data was loading does not keep the demo loan book out.
     * Returns how many applications were opened, 0 when loaded before.
     */
    public int load(LocalDate today) {
        String officer = DevTokens.issue("officer");
        if (send(financingUrl, "GET", "/api/v1/financing-programs?size=1&partnerId=lpdb-kumkm&scheme=LPDB_KUMKM", null, officer, 200)
                .path("page").path("totalItems").asLong() > 0) {
            return 0;
        }
        String lpdb = program(officer, "lpdb-kumkm", "LPDB-KUMKM", "FUND", "Dana bergulir modal kerja koperasi", "LPDB_KUMKM",
                "0.055", "DECLINING_BALANCE", 50_000_000L, 5_000_000_000L, 12, 60, List.of("PROPOSAL", "RAT_MINUTES"));
        String bjb = program(officer, "bank-bjb", "Bank BJB", "BANK", "KUR Kecil", "KUR_KECIL",
                "0.06", "DECLINING_BALANCE", 10_000_000L, 500_000_000L, 6, 60, List.of("PROPOSAL"));
        program(officer, "bank-bri", "Bank BRI", "BANK", "KUR Mikro", "KUR_MIKRO",
                // KUR's 6% is an effective annual rate: instalments of a declining balance (BRI: Rp 50 million over 36 months,
                // Rp 1,521,097 a month), not a flat rate on the principal.
                "0.06", "DECLINING_BALANCE", 1_000_000L, 100_000_000L, 6, 36, List.of("PROPOSAL"));

        UUID garuda = cooperative(officer, "Koperasi Lima Garuda");
        UUID makmur = cooperative(officer, "Koperasi Makmur Mandiri");
        UUID kranggan = cooperative(officer, "Koperasi Kranggan");
        awaitProjection(officer, List.of(garuda, makmur, kranggan), bjb);

        String repaying = apply(garuda, bjb, 250_000_000L, 36, "Modal pinjaman anggota (simpan pinjam)", List.of("PROPOSAL"));
        forward(officer, repaying);
        String bank = DevTokens.issue("partner", "analis@bank-bjb", "bank-bjb", null, Duration.ofHours(1));
        partner(bank, repaying, "decision", Map.of("decision", "APPROVE", "amount", 200_000_000L, "reason", "Komite kredit BJB"));
        partner(bank, repaying, "disbursement", Map.of("disbursedOn", today.toString(), "partnerReference", "BJB/DB/DEMO/0001"));
        JsonNode schedule = send(financingUrl, "GET", "/api/v1/partner/loan-applications/" + repaying + "/schedule", null, bank, 200);
        partner(bank, repaying, "repayments", Map.of("amount", schedule.path("installments").path(0).path("amount").asLong(),
                "paidOn", today.toString(), "partnerReference", "BJB/RP/DEMO/0001"));

        String forwarded = apply(makmur, lpdb, 1_000_000_000L, 48, "Modal kerja unit usaha pertokoan", List.of("PROPOSAL", "RAT_MINUTES"));
        forward(officer, forwarded);
        apply(kranggan, bjb, 75_000_000L, 24, "Renovasi toko koperasi", List.of());
        return 3;
    }

    private String program(String officer, String partnerId, String partnerName, String kind, String name, String scheme,
                           String rate, String method, long min, long max, int minTenor, int maxTenor, List<String> documents) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("partnerId", partnerId);
        body.put("partnerName", partnerName);
        body.put("partnerKind", kind);
        body.put("name", name);
        body.put("scheme", scheme);
        body.put("annualRate", new java.math.BigDecimal(rate));
        body.put("method", method);
        body.put("minAmount", min);
        body.put("maxAmount", max);
        body.put("minTenorMonths", minTenor);
        body.put("maxTenorMonths", maxTenor);
        body.put("opensOn", "2025-01-01");
        body.put("requiredDocuments", documents);
        return send(financingUrl, "POST", "/api/v1/financing-programs", body, officer, 201).path("id").asText();
    }

    private UUID cooperative(String officer, String name) {
        JsonNode found = send(registryUrl, "GET", "/api/v1/cooperatives?size=1&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                null, officer, 200).path("items").path(0);
        return UUID.fromString(found.path("id").asText());
    }

    /** Until financing's projection holds every cooperative (registry events are asynchronous). */
    private void awaitProjection(String officer, List<UUID> cooperatives, String program) {
        Instant deadline = Instant.now().plusSeconds(60);
        for (UUID cooperative : cooperatives) {
            while (status(financingUrl, "/api/v1/loan-eligibility?cooperativeId=" + cooperative + "&programId=" + program, officer) == 404) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("financing-service did not learn of cooperative " + cooperative + " within 60 s");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private String apply(UUID cooperative, String program, long amount, int tenor, String purpose, List<String> documents) {
        String token = DevTokens.issue("cooperative", "pengurus@" + cooperative, null, cooperative.toString(), Duration.ofHours(1));
        String id = send(financingUrl, "POST", "/api/v1/loan-applications",
                Map.of("programId", program, "amount", amount, "tenorMonths", tenor, "purpose", purpose), token, 201).path("id").asText();
        for (String type : documents) {
            upload(token, id, type);
        }
        if (!documents.isEmpty()) {
            send(financingUrl, "POST", "/api/v1/loan-applications/" + id + "/submit", null, token, 200);
        }
        return id;
    }

    private void forward(String officer, String id) {
        for (String action : List.of("verify", "recommend", "forward")) {
            send(financingUrl, "POST", "/api/v1/loan-applications/" + id + "/" + action, null, officer, 200);
        }
    }

    private void partner(String token, String id, String action, Map<String, Object> body) {
        HttpRequest.Builder request = request(financingUrl, "/api/v1/partner/loan-applications/" + id + "/" + action, token)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        expect(request, "POST", body, action.equals("repayments") ? 201 : 200);
    }

    private void upload(String token, String id, String type) {
        byte[] pdf = ("%PDF-1.7\n% " + type + " (demo)\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create(financingUrl + "/api/v1/loan-applications/" + id
                        + "/documents?type=" + type + "&filename=" + type.toLowerCase() + ".pdf"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Upload answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Upload failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String base, String path, String token) {
        try {
            return http.send(request(base, path, token).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private JsonNode send(String base, String method, String path, Object body, String token, int expected) {
        return expect(request(base, path, token), method, body, expected);
    }

    private JsonNode expect(HttpRequest.Builder request, String method, Object body, int expected) {
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + built.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
