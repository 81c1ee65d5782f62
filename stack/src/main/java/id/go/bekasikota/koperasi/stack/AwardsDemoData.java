package id.go.bekasikota.koperasi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

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
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo awards, loaded after the register and the loan book through the public APIs: the next
 * Cooperative Day program (koperasi teladan, city round) with a scoring sheet of the three
 * aspects, its window open today, two jurors ({@code juri-1@dev}, {@code juri-2@dev}) and the
 * named cooperatives nominated where they are eligible.
 */
public final class AwardsDemoData {

    public static final List<String> JURORS = List.of("juri-1@dev", "juri-2@dev");
    private static final List<String> NAMED = List.of("Koperasi Lima Garuda", "Koperasi Makmur Mandiri",
            "Koperasi Karyawan Bridgestone", "Koperasi Kranggan");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final String registryUrl;
    private final String awardsUrl;

    public AwardsDemoData(String registryUrl, String awardsUrl) {
        this.registryUrl = registryUrl;
        this.awardsUrl = awardsUrl;
    }

    /**
     * Loads the program unless the demo's own is there (a program someone registered while the demo data was loading does
     * not keep it out); returns how many cooperatives were nominated (-1 when loaded before).
     */
    public int load(LocalDate today) {
        String officer = DevTokens.issue("officer");
        // Cooperative Day is 12 July: this year's round while nominations can still close before it, else next year's.
        LocalDate thisYearsDay = LocalDate.of(today.getYear(), Month.JULY, 12);
        int year = today.isBefore(thisYearsDay.minusDays(7)) ? today.getYear() : today.getYear() + 1;
        String programName = "Koperasi Teladan Kota Bekasi " + year;
        for (JsonNode existing : send(awardsUrl, "GET", "/api/v1/award-programs?size=100&year=" + year, null, officer, 200).path("items")) {
            if (programName.equals(existing.path("name").asText())) {
                return -1;
            }
        }
        LocalDate announcement = LocalDate.of(year, Month.JULY, 12);
        LocalDate closes = today.plusDays(60).isBefore(announcement) ? today.plusDays(60) : announcement.minusDays(7);
        // The window stays within today's due year (awards refuses a window across a 1 July, where F changes): from
        // yesterday or 1 July, to 30 June at the latest.
        LocalDate dueYearStarts = LocalDate.of(StandingRules.latestDueYear(today) + 1, Month.JULY, 1);
        LocalDate opens = today.minusDays(1).isBefore(dueYearStarts) ? dueYearStarts : today.minusDays(1);
        LocalDate dueYearEnds = dueYearStarts.plusYears(1).minusDays(1);
        closes = closes.isAfter(dueYearEnds) ? dueYearEnds : closes;
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("year", year);
        program.put("name", programName);
        program.put("category", "MODEL_COOPERATIVE");
        program.put("level", "CITY");
        program.put("nominationsOpenOn", opens.toString());
        program.put("nominationsCloseOn", closes.toString());
        program.put("announcementOn", announcement.toString());
        program.put("selfNomination", true);
        program.put("winners", 3);
        program.put("scoringSheet", List.of(
                indicator("K1", "RAT tepat waktu tiga tahun terakhir", "KELEMBAGAAN", "RAT_ON_TIME", 3, 15),
                indicator("K2", "Tata kelola dan partisipasi anggota", "KELEMBAGAAN", null, null, 15),
                indicator("U1", "Pertumbuhan anggota", "USAHA", "MEMBER_GROWTH", 5, 10),
                indicator("U2", "Pertumbuhan volume usaha", "USAHA", "TURNOVER_GROWTH", 10, 15),
                indicator("U3", "Inovasi usaha dan kemitraan", "USAHA", null, null, 10),
                indicator("F1", "Pertumbuhan SHU", "KEUANGAN", "SHU_GROWTH", 10, 10),
                indicator("F2", "Modal sendiri terhadap aset", "KEUANGAN", "EQUITY_RATIO", 50, 10),
                indicator("F3", "Riwayat pembayaran pinjaman bersih", "KEUANGAN", "CLEAN_REPAYMENT", 100, 15)));
        String programId = send(awardsUrl, "POST", "/api/v1/award-programs", program, officer, 201).path("id").asText();
        for (String juror : JURORS) {
            send(awardsUrl, "POST", "/api/v1/award-programs/" + programId + "/jurors", Map.of("juror", juror), officer, 201);
        }
        List<UUID> named = new ArrayList<>();
        for (String name : NAMED) {
            JsonNode found = send(registryUrl, "GET", "/api/v1/cooperatives?size=1&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    null, officer, 200).path("items").path(0);
            if (found.hasNonNull("id")) {
                named.add(UUID.fromString(found.path("id").asText()));
            }
        }
        int nominated = 0;
        for (UUID cooperative : named) {
            awaitProjection(officer, cooperative, programId);
            JsonNode eligibility = send(awardsUrl, "GET", "/api/v1/award-eligibility?cooperativeId=" + cooperative + "&programId="
                    + programId, null, officer, 200);
            // Nominable: eligible, and nothing else would refuse the nomination (the window, one already in the running).
            if (eligibility.path("nominable").asBoolean()) {
                send(awardsUrl, "POST", "/api/v1/nominations", Map.of("programId", programId, "cooperativeId", cooperative.toString(),
                        "statement", "Dicalonkan oleh Dinas (data demo)"), officer, 201);
                nominated++;
            }
        }
        return nominated;
    }

    private static Map<String, Object> indicator(String code, String name, String aspect, String kind, Integer target, int weight) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code);
        indicator.put("name", name);
        indicator.put("aspect", aspect);
        indicator.put("source", kind == null ? "JUROR" : "COMPUTED");
        if (kind != null) {
            indicator.put("kind", kind);
            indicator.put("target", target);
        }
        indicator.put("weight", weight);
        return indicator;
    }

    /** Until awards' projection holds the cooperative (registry events are asynchronous). */
    private void awaitProjection(String officer, UUID cooperative, String programId) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (status("/api/v1/award-eligibility?cooperativeId=" + cooperative + "&programId=" + programId, officer) == 404) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("awards-service did not learn of cooperative " + cooperative + " within 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private int status(String path, String token) {
        try {
            return http.send(request(awardsUrl, path, token).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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
        try {
            HttpRequest request = request(base, path, token).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + request.uri().getPath() + " answered " + response.statusCode() + ": "
                        + response.body());
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
