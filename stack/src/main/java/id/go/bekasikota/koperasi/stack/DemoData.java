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
 * exactly {@link #ACTIVE} of {@link #TOTAL} registered are active as of the day it is loaded, so the
 * dashboard shows the gap to 65%. Its history makes the path to the target visible: most
 * cooperatives have met for years, more were brought back each year (the trend rises from about
 * 40% five years ago), some lapsed, {@link #NEW} are new, {@link #C1} young ones met once (grade
 * C1), {@link #REACTIVATING} dormant ones have an open reactivation case with a visit, and
 * {@link #DISSOLVED} more were dissolved in the last two years (outside the 1,000). Loaded through
 * the registry's public API, as an officer; the same seed gives the same data.
 */
public final class DemoData {

    /** Registered and not dissolved today. */
    public static final int TOTAL = 1000;
    public static final int ACTIVE = 617;
    /** Founded after 31 December of the latest due year: active, no report due yet. */
    public static final int NEW = 15;
    /** Founded within three years with one report in the window. */
    public static final int C1 = 20;
    /** Dormant, with a reactivation case opened and a visit recorded on the day of loading. */
    public static final int REACTIVATING = 25;
    /** Dissolved in the last two years, beside the {@link #TOTAL}. */
    public static final int DISSOLVED = 24;

    /** Keys of a cooperative's map that are not registration fields. */
    static final String REPORTS = "reports";
    static final String REACTIVATION = "reactivation";
    static final String DISSOLVED_ON = "dissolvedOn";

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

    /** Loads the register unless it holds cooperatives already; returns how many were created (dissolved ones included). */
    public int load(LocalDate today) {
        if (registeredCount() > 0) {
            return 0;
        }
        List<Map<String, Object>> cooperatives = cooperatives(today);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Map<String, Object> cooperative : cooperatives) {
                work.add(pool.submit(() -> register(cooperative, today)));
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

    /** Registers one cooperative, files its reports, opens its reactivation case or dissolves it. */
    @SuppressWarnings("unchecked")
    private void register(Map<String, Object> cooperative, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>(cooperative);
        List<Map<String, Object>> reports = (List<Map<String, Object>>) body.remove(REPORTS);
        boolean reactivation = Boolean.TRUE.equals(body.remove(REACTIVATION));
        Object dissolvedOn = body.remove(DISSOLVED_ON);
        String id = send("POST", "/api/v1/cooperatives", body, 201, null).get("id").asText();
        for (Map<String, Object> report : reports) {
            send("POST", "/api/v1/cooperatives/" + id + "/annual-reports", report, 201, null);
        }
        if (reactivation) {
            String caseId = send("POST", "/api/v1/cooperatives/" + id + "/reactivation-cases",
                    Map.of("reason", "Tidak RAT sejak lama; pengurus minta pendampingan pembukuan"), 201, null).get("id").asText();
            send("POST", "/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId + "/visits",
                    Map.of("visitedOn", today.toString(), "notes", "Bertemu pengurus; buku kas dua tahun terakhir belum lengkap",
                            "nextSteps", "Klinik pembukuan, lalu RAT"), 201, null);
        }
        if (dissolvedOn != null) {
            String etag = send("GET", "/api/v1/cooperatives/" + id, null, 200, null).path("version").asText();
            send("POST", "/api/v1/cooperatives/" + id + "/dissolution",
                    Map.of("dissolvedOn", dissolvedOn, "legalBasis", "Keputusan Kepala Dinas No. 518/" + (100 + Math.abs(id.hashCode() % 800))
                            + "/" + dissolvedOn.toString().substring(0, 4)), 200, "\"" + etag + "\"");
        }
    }

    /**
     * The cooperatives with their reports and what else happens to them. As of {@code today}
     * (F its latest due year): the named four, {@link #NEW} new and {@link #C1} young ones and 578
     * others are active, 617 in all; 383 are dormant; {@link #DISSOLVED} more are dissolved.
     *
     * <p>The others report every year since they started (an isolated year now and then missed,
     * which never makes them inactive): a quarter started in the last three years, a few with this
     * year's report, so each year-end of the trend counted fewer active ones. Of the dormant, 120
     * lapsed one to four years ago (reports up to F-2 ... F-5), the rest met last long ago or never.
     */
    public static List<Map<String, Object>> cooperatives(LocalDate today) {
        int f = StandingRules.latestDueYear(today);
        Random random = new Random(20190402L);
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(named("Koperasi Lima Garuda", "SIMPAN_PINJAM", "COMMUNITY", "327501", "64141", 1994, 500_000_000_000L, f, true, random));
        all.add(named("Koperasi Karyawan Bridgestone", "SIMPAN_PINJAM", "COMPANY_EMPLOYEES", "327502", "64141", 1980, 300_000_000_000L, f, true, random));
        all.add(named("Koperasi Kranggan", "KONSUMEN", "COMMUNITY", "327510", "47111", 1985, 85_000_000_000L, f, true, random));
        all.add(named("Koperasi Makmur Mandiri", "SIMPAN_PINJAM", "COMMUNITY", "327503", "64141", 1997, 120_000_000_000L, f, true, random));
        int lapsed = 120;
        int reactivating = 0;
        for (int i = all.size(); i < TOTAL + DISSOLVED; i++) {
            long assets = (long) (Math.exp(17 + random.nextDouble() * 8));
            List<Map<String, Object>> reports = new ArrayList<>();
            LocalDate founded;
            if (i < 4 + NEW) {
                // New: founded after 31 December of F, by today.
                LocalDate first = LocalDate.of(f + 1, 1, 1);
                LocalDate last = today.isBefore(LocalDate.of(f + 1, 12, 31)) ? today : LocalDate.of(f + 1, 12, 31);
                founded = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
            } else if (i < 4 + NEW + C1) {
                // Young: founded in F (within three years of today), its first report for F.
                founded = LocalDate.of(f, 1, 1).plusDays(random.nextInt(300));
                reports.add(report(f, assets, random));
            } else if (i < ACTIVE) {
                founded = foundedLongAgo(f, random);
                int started = startYear(f, random);
                if (started == f && random.nextBoolean()) {
                    // Brought back this year after a long silence.
                    reports.add(report(f - 6 - random.nextInt(4), assets, random));
                }
                for (int year = started; year <= f; year++) {
                    boolean isolated = year > started && year < f && random.nextInt(8) == 0;
                    boolean missedLatest = year == f && started < f && random.nextInt(5) == 0;
                    if (!isolated && !missedLatest) {
                        reports.add(report(year, assets, random));
                    } else {
                        year++;
                        if (year <= f) {
                            reports.add(report(year, assets, random));
                        }
                    }
                }
            } else {
                // Dormant (and, past the 1,000, the dissolved): lapsed recently, long ago, or never met.
                founded = foundedLongAgo(f, random);
                if (lapsed > 0 && i < TOTAL) {
                    int last = f - 2 - (lapsed - 1) % 4;
                    lapsed--;
                    for (int year = last - random.nextInt(3); year <= last; year++) {
                        reports.add(report(year, assets, random));
                    }
                } else if (random.nextInt(3) > 0) {
                    reports.add(report(f - 6 - random.nextInt(5), assets, random));
                }
            }
            String jenis = JENIS[random.nextInt(JENIS.length)];
            Map<String, Object> c = base(String.format("Koperasi %s %s %03d", NAMES[random.nextInt(NAMES.length)],
                            KECAMATAN_NAMES[i % KECAMATAN.length], i), jenis,
                    KELOMPOK[random.nextInt(KELOMPOK.length)], KECAMATAN[i % KECAMATAN.length],
                    jenis.equals("SIMPAN_PINJAM") ? "64141" : KBLI[1 + random.nextInt(KBLI.length - 1)], founded, today, random);
            c.put(REPORTS, reports);
            if (i >= ACTIVE && i < TOTAL && reactivating < REACTIVATING && i % 9 == 0) {
                c.put(REACTIVATION, true);
                reactivating++;
            }
            if (i >= TOTAL) {
                LocalDate from = today.minusYears(2);
                c.put(DISSOLVED_ON, from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1)).toString());
            }
            all.add(c);
        }
        return all;
    }

    /** The first year of an active cooperative's run of reports: most long ago, a quarter in the last three years. */
    private static int startYear(int f, Random random) {
        int draw = random.nextInt(100);
        if (draw < 8) {
            return f;
        }
        if (draw < 20) {
            return f - 1;
        }
        if (draw < 30) {
            return f - 2;
        }
        if (draw < 39) {
            return f - 3;
        }
        return f - 4 - random.nextInt(6);
    }

    /** Founded by F-12: before any year it reports, never new or young in the trend's years. */
    private static LocalDate foundedLongAgo(int f, Random random) {
        return LocalDate.of(1975 + random.nextInt(f - 12 - 1975), 1, 1).plusDays(random.nextInt(300));
    }

    private static final String[] KECAMATAN_NAMES = {"Bekasi Timur", "Bekasi Barat", "Bekasi Utara", "Bekasi Selatan",
            "Rawalumbu", "Medansatria", "Bantargebang", "Pondokgede", "Jatiasih", "Jatisampurna", "Mustikajaya", "Pondokmelati"};

    private static Map<String, Object> named(String name, String jenis, String kelompok, String kecamatan, String kbli,
                                             int founded, long assets, int f, boolean active, Random random) {
        Map<String, Object> c = base(name, jenis, kelompok, kecamatan, kbli, LocalDate.of(founded, 1, 1).plusDays(random.nextInt(300)),
                LocalDate.MAX, random);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int year = f - 2; year <= f && active; year++) {
            reports.add(report(year, assets, random));
        }
        c.put(REPORTS, reports);
        return c;
    }

    private static Map<String, Object> base(String name, String jenis, String kelompok, String kecamatan, String kbli,
                                            LocalDate foundedOn, LocalDate today, Random random) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("cooperativeNumber", "3275" + String.format("%09d", Math.abs(random.nextLong() % 1_000_000_000L)));
        c.put("name", name);
        // The number's serials are drawn here, its form and date follow the legal entity's date drawn below (the
        // draws in the order they always had, so that the register's figures stay what README shows).
        boolean regional = random.nextBoolean();
        int serial = regional ? random.nextInt(99) * 1000 + random.nextInt(999) : random.nextInt(9_999_999);

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
        c.put("foundedOn", foundedOn.toString());
        LocalDate drawn = foundedOn.plusDays(30 + random.nextInt(400));
        LocalDate legalEntityDate = drawn.isAfter(today) ? today : drawn;
        c.put("legalEntityNumber", legalEntityNumber(legalEntityDate, serial));
        c.put("legalEntityDate", legalEntityDate.toString());
        c.put("phone", "+62 21 " + (8_000_000 + random.nextInt(999_999)));
        return c;
    }

    /**
     * As the cooperative's legal entity was declared on that date: by the Minister of Law and Human Rights through AHU
     * Online since 2019 ({@code AHU-0001234.AH.01.26.Tahun 2020}), before that by the Dinas under a regional number whose
     * Roman numeral is the month ({@code 518.12/345/BH/XIV.10/VIII/1997}).
     */
    static String legalEntityNumber(LocalDate date, int serial) {
        if (date.getYear() >= 2019) {
            return String.format("AHU-%07d.AH.01.26.Tahun %d", serial, date.getYear());
        }
        String[] months = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return String.format("518.%02d/%d/BH/XIV.10/%s/%d", serial / 1000 % 99, serial % 1000, months[date.getMonthValue() - 1],
                date.getYear());
    }

    private static Map<String, Object> report(int year, long assets, Random random) {
        Map<String, Object> r = new LinkedHashMap<>();
        // A cooperative's membership moves by a tenth at most from year to year around its own size (its assets'), with
        // between 35% and 65% men; employees in proportion to its size (one or two for a small one, up to 60).
        int drawn = random.nextInt(3000);
        int size = 20 + (int) Math.floorMod(assets / 7_919, 2_981L);
        int members = Math.max(20, size * (90 + drawn % 21) / 100);
        int men = members * (35 + drawn % 31) / 100;
        long yearAssets = Math.max(10_000_000L, (long) (assets * (0.85 + 0.1 * (year % 3))));
        r.put("financialYear", year);
        r.put("meetingDate", LocalDate.of(year + 1, 1 + random.nextInt(6), 1 + random.nextInt(28)).toString());
        r.put("membersMale", men);
        r.put("membersFemale", members - men);
        long staff = Math.max(2, Math.min(60, yearAssets / 2_000_000_000L));
        r.put("employees", 1 + random.nextInt(60) % staff);
        // The balance sheet balances: assets are own capital (modal sendiri) and external capital (modal luar).
        r.put("ownCapital", yearAssets * 3 / 5);
        r.put("externalCapital", yearAssets - yearAssets * 3 / 5);
        r.put("assets", yearAssets);
        r.put("turnover", yearAssets / 2 + random.nextInt(1_000_000));
        r.put("surplus", random.nextInt(10) == 0 ? -(yearAssets / 100) : yearAssets / 40);
        return r;
    }

    private long registeredCount() {
        return send("GET", "/api/v1/cooperatives?size=1", null, 200, null).path("page").path("totalItems").asLong();
    }

    private JsonNode send(String method, String path, Object body, int expected, String ifMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registryUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
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
