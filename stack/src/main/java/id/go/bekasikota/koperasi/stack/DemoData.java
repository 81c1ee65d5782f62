package id.go.bekasikota.koperasi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The demo register: the cooperatives named in the brief (Lima Garuda, Karyawan Bridgestone,
 * Kranggan, Makmur Mandiri) and a synthetic register across the twelve kecamatan, of which
 * exactly {@link #ACTIVE} are active as of the day it is loaded, so the dashboard shows the gap to
 * 65%. Loaded through the registry's public API, as an officer; the same seed gives the same data.
 */
public final class DemoData {

    public static final int TOTAL = 1000;
    public static final int ACTIVE = 617;

    private static final String[] KECAMATAN = {"327501", "327502", "327503", "327504", "327505", "327506",
            "327507", "327508", "327509", "327510", "327511", "327512"};
    private static final String[] JENIS = {"SIMPAN_PINJAM", "KONSUMEN", "PRODUSEN", "PEMASARAN", "JASA"};
    private static final String[] KELOMPOK = {"CIVIL_SERVANTS", "COMPANY_EMPLOYEES", "COMMUNITY", "KUD", "OTHER"};
    private static final String[] KBLI = {"64141", "47111", "14111", "32401", "49421", "41011", "10792", "56101"};
    private static final String[] NAMES = {"Sejahtera", "Maju Bersama", "Mandiri", "Karya Usaha", "Bina Usaha", "Mekar",
            "Harapan", "Sumber Rejeki", "Citra", "Boneka", "Mamin", "Warga", "Pegawai", "Tunas", "Berkah", "Sentosa",
            "Amanah", "Makmur", "Jaya Abadi", "Guyub"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final String registryUrl;
    private final String token;

    public DemoData(String registryUrl, String token) {
        this.registryUrl = registryUrl;
        this.token = token;
    }

    /** Loads the register unless it holds cooperatives already; returns how many were created. */
    public int load(LocalDate today) {
        if (registeredCount() > 0) {
            return 0;
        }
        List<Map<String, Object>> cooperatives = cooperatives(today);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Map<String, Object> cooperative : cooperatives) {
                work.add(pool.submit(() -> register(cooperative)));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Demo data failed to load: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return cooperatives.size();
    }

    @SuppressWarnings("unchecked")
    private void register(Map<String, Object> cooperative) {
        List<Map<String, Object>> reports = (List<Map<String, Object>>) cooperative.remove("reports");
        JsonNode created = send("POST", "/api/v1/cooperatives", cooperative, 201);
        for (Map<String, Object> report : reports) {
            send("POST", "/api/v1/cooperatives/" + created.get("id").asText() + "/annual-reports", report, 201);
        }
    }

    /** The cooperatives with their reports; the first {@link #ACTIVE} are active as of {@code today}. */
    public static List<Map<String, Object>> cooperatives(LocalDate today) {
        int f = StandingRules.latestDueYear(today);
        Random random = new Random(20190402L);
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(named("Koperasi Lima Garuda", "SIMPAN_PINJAM", "COMMUNITY", "327501", "64141", 1994, 500_000_000_000L, f, true, random));
        all.add(named("Koperasi Karyawan Bridgestone", "SIMPAN_PINJAM", "COMPANY_EMPLOYEES", "327502", "64141", 1980, 300_000_000_000L, f, true, random));
        all.add(named("Koperasi Kranggan", "KONSUMEN", "COMMUNITY", "327510", "47111", 1985, 85_000_000_000L, f, true, random));
        all.add(named("Koperasi Makmur Mandiri", "SIMPAN_PINJAM", "COMMUNITY", "327503", "64141", 1997, 120_000_000_000L, f, true, random));
        for (int i = all.size(); i < TOTAL; i++) {
            boolean active = i < ACTIVE;
            String jenis = JENIS[random.nextInt(JENIS.length)];
            Map<String, Object> c = base(String.format("Koperasi %s %s %03d", NAMES[random.nextInt(NAMES.length)],
                            KECAMATAN_NAMES[i % KECAMATAN.length], i), jenis,
                    KELOMPOK[random.nextInt(KELOMPOK.length)], KECAMATAN[i % KECAMATAN.length],
                    jenis.equals("SIMPAN_PINJAM") ? "64141" : KBLI[1 + random.nextInt(KBLI.length - 1)],
                    1975 + random.nextInt(Math.max(1, f - 3 - 1975)), random);
            long assets = (long) (Math.exp(17 + random.nextDouble() * 8));
            List<Map<String, Object>> reports = new ArrayList<>();
            if (active) {
                // F and/or F-1 reported (sometimes F-2 as well): grades A, B, C2.
                boolean reportedF = random.nextInt(10) < 8;
                if (reportedF) {
                    reports.add(report(f, assets, random));
                }
                if (!reportedF || random.nextBoolean()) {
                    reports.add(report(f - 1, assets, random));
                }
                if (random.nextBoolean()) {
                    reports.add(report(f - 2, assets, random));
                }
            } else if (random.nextInt(3) > 0) {
                // Dormant: the last meeting was F-2 or earlier.
                reports.add(report(f - 2 - random.nextInt(4), assets, random));
            }
            c.put("reports", reports);
            all.add(c);
        }
        return all;
    }

    private static final String[] KECAMATAN_NAMES = {"Bekasi Timur", "Bekasi Barat", "Bekasi Utara", "Bekasi Selatan",
            "Rawalumbu", "Medansatria", "Bantargebang", "Pondokgede", "Jatiasih", "Jatisampurna", "Mustikajaya", "Pondokmelati"};

    private static Map<String, Object> named(String name, String jenis, String kelompok, String kecamatan, String kbli,
                                             int founded, long assets, int f, boolean active, Random random) {
        Map<String, Object> c = base(name, jenis, kelompok, kecamatan, kbli, founded, random);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int year = f - 2; year <= f && active; year++) {
            reports.add(report(year, assets, random));
        }
        c.put("reports", reports);
        return c;
    }

    private static Map<String, Object> base(String name, String jenis, String kelompok, String kecamatan, String kbli,
                                            int founded, Random random) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("cooperativeNumber", "3275" + String.format("%09d", Math.abs(random.nextLong() % 1_000_000_000L)));
        c.put("name", name);
        c.put("legalEntityNumber", random.nextBoolean()
                ? String.format("518.%02d/%d/BH/XIV.10/VIII/%d", random.nextInt(99), random.nextInt(999), founded)
                : String.format("AHU-%07d.AH.01.26.Tahun %d", random.nextInt(9_999_999), Math.max(founded, 2013)));

        c.put("jenis", jenis);
        c.put("bentuk", random.nextInt(20) == 0 ? "SEKUNDER" : "PRIMER");
        c.put("kelompok", kelompok);
        c.put("kbliCode", kbli);
        c.put("kbliEdition", "2020");
        if (jenis.equals("SIMPAN_PINJAM")) {
            c.put("savingsLoanScope", random.nextInt(10) == 0 ? "OPEN_LOOP" : "CLOSED_LOOP");
        }
        c.put("address", "Jl. Raya " + NAMES[random.nextInt(NAMES.length)] + " No. " + (1 + random.nextInt(200)));
        c.put("kecamatanCode", kecamatan);
        LocalDate foundedOn = LocalDate.of(founded, 1, 1).plusDays(random.nextInt(300));
        c.put("foundedOn", foundedOn.toString());
        c.put("legalEntityDate", foundedOn.plusDays(30 + random.nextInt(400)).toString());
        c.put("phone", "+62 21 " + (8_000_000 + random.nextInt(999_999)));
        return c;
    }

    private static Map<String, Object> report(int year, long assets, Random random) {
        Map<String, Object> r = new LinkedHashMap<>();
        int members = 20 + random.nextInt(3000);
        long yearAssets = Math.max(10_000_000L, (long) (assets * (0.85 + 0.1 * (year % 3))));
        r.put("financialYear", year);
        r.put("meetingDate", LocalDate.of(year + 1, 1 + random.nextInt(6), 1 + random.nextInt(28)).toString());
        r.put("membersMale", members / 2);
        r.put("membersFemale", members - members / 2);
        r.put("employees", 1 + random.nextInt(60));
        r.put("ownCapital", yearAssets / 3);
        r.put("externalCapital", yearAssets / 5);
        r.put("assets", yearAssets);
        r.put("turnover", yearAssets / 2 + random.nextInt(1_000_000));
        r.put("surplus", random.nextInt(10) == 0 ? -(yearAssets / 100) : yearAssets / 40);
        return r;
    }

    private long registeredCount() {
        return send("GET", "/api/v1/cooperatives?size=1", null, 200).path("page").path("totalItems").asLong();
    }

    private JsonNode send(String method, String path, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registryUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
