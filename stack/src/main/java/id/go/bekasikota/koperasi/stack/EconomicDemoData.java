package id.go.bekasikota.koperasi.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The economic side of the demo, loaded after {@link DemoData} through the registry's API: figures
 * at the scale of the office's brief for the four named cooperatives, and two clusters with a year
 * of activity as buying-and-selling coalitions.
 *
 * <ul>
 *   <li>Lima Garuda (assets about Rp 500 billion), Karyawan Bridgestone (about Rp 300 billion),
 *       Kranggan (a consumer cooperative with shops) and Makmur Mandiri (a savings-and-loan
 *       cooperative with hundreds of branches across Indonesia; the register holds those in Kota
 *       Bekasi): each report DemoData filed is corrected once (revision 2) with the cooperative's own
 *       figures, same financial year and meeting date, so which cooperatives are active, and the
 *       617 of 1,000, do not move.</li>
 *   <li>Sentra Boneka Bekasi (dolls: Bekasi makes most of the dolls sold in Indonesia), hosted by a
 *       producers' cooperative of the register, recording each of the last twelve months itself; and
 *       Sentra Mamin Jatisampurna (food and beverage), hosted by Koperasi Kranggan, its last four
 *       quarters recorded by the office.</li>
 * </ul>
 * The figures are illustrative, at the scale of the brief; the same seed gives the same data.
 */
public final class EconomicDemoData {

    static final String DOLLS = "Sentra Boneka Bekasi";
    static final String FOOD = "Sentra Mamin Jatisampurna";

    /**
     * A named cooperative's figures for the latest due year; earlier years shrink by {@code growth}
     * percent a year.
     */
    private record Scale(String name, long assets, int membersMale, int membersFemale, int employees, int ownCapitalPercent,
                         int externalCapitalPercent, int turnoverPercent, int surplusPermille, int growth) {
    }

    private static final List<Scale> NAMED = List.of(
            new Scale("Koperasi Lima Garuda", 500_000_000_000L, 14_210, 17_930, 310, 22, 61, 122, 16, 6),
            new Scale("Koperasi Karyawan Bridgestone", 300_000_000_000L, 4_735, 692, 86, 46, 38, 93, 31, 4),
            new Scale("Koperasi Kranggan", 85_000_000_000L, 4_612, 5_207, 164, 41, 35, 247, 34, 5),
            new Scale("Koperasi Makmur Mandiri", 380_000_000_000L, 31_480, 54_920, 1_240, 24, 58, 137, 16, 9));

    private static final String[][] MAKMUR_BRANCHES = {
            {"Cabang Bekasi Timur", "Jl. Ir. H. Juanda No. 210", "327501"}, {"Cabang Kranji", "Jl. Sultan Agung No. 45", "327502"},
            {"Cabang Harapan Indah", "Jl. Boulevard Hijau Raya", "327503"}, {"Cabang Galaxy", "Jl. Pulo Sirih Utama", "327504"},
            {"Cabang Rawalumbu", "Jl. Pramuka No. 12", "327505"}, {"Cabang Medansatria", "Jl. Sultan Agung Km. 28", "327506"},
            {"Cabang Bantargebang", "Jl. Raya Narogong Km. 11", "327507"}, {"Cabang Jatiwaringin", "Jl. Raya Jatiwaringin No. 8", "327508"},
            {"Cabang Jatiasih", "Jl. Wibawa Mukti II", "327509"}, {"Cabang Jatisampurna", "Jl. Raya Kranggan No. 30", "327510"},
            {"Cabang Mustikajaya", "Jl. Raya Mustikasari", "327511"}, {"Cabang Jatimakmur", "Jl. Jatimakmur No. 5", "327512"}};

    private final DemoHttp registry;
    private final String officer;

    public EconomicDemoData(String registryUrl, String officerToken) {
        this.registry = new DemoHttp(registryUrl);
        this.officer = officerToken;
    }

    /** Loads the figures and clusters unless they were loaded before; says what it did. */
    public String load(LocalDate today) {
        if (clusterId(DOLLS) != null) {
            return "the economic figures and clusters were loaded before";
        }
        int corrected = 0;
        for (Scale scale : NAMED) {
            corrected += figures(scale);
        }
        branches();
        Random random = new Random(20190402L);
        String dollHost = registry.get("/api/v1/cooperatives?name=Boneka&jenis=PRODUSEN&status=ACTIVE&sort=name&size=1", officer)
                .path("items").path(0).path("id").asText(null);
        String dolls = cluster(DOLLS, "DOLLS_AND_TOYS", "327507", dollHost,
                "Pengrajin boneka yang membeli kain velboa dan dakron bersama, menjahit bersama dan menjual ke grosir Jakarta dan daring");
        members(dolls, "327507", random, "Boneka", "boneka karakter, boneka wisuda, gantungan kunci");
        String dollToken = dollHost == null ? officer
                : DevTokens.issue("cooperative", "koperasi@" + dollHost, null, dollHost, Duration.ofHours(1));
        for (int back = 12; back >= 1; back--) {
            LocalDate month = today.withDayOfMonth(1).minusMonths(back);
            registry.send("POST", "/api/v1/clusters/" + dolls + "/activities", dollMonth(month, random), dollToken, 201);
        }
        String kranggan = cooperativeId("Koperasi Kranggan");
        String food = cluster(FOOD, "FOOD_AND_BEVERAGE", "327510", kranggan,
                "UKM makanan dan minuman yang membeli bahan baku dan kemasan bersama dan menjual lewat toko Koperasi Kranggan");
        members(food, "327510", random, "Dapur", "keripik singkong, kue kering, sambal botol, wedang jahe");
        LocalDate thisQuarter = LocalDate.of(today.getYear(), 3 * ((today.getMonthValue() - 1) / 3) + 1, 1);
        for (int back = 4; back >= 1; back--) {
            LocalDate quarter = thisQuarter.minusMonths(3L * back);
            registry.send("POST", "/api/v1/clusters/" + food + "/activities", foodQuarter(quarter, random), officer, 201);
        }
        return corrected + " RAT reports of the named cooperatives at their scale, " + DOLLS + " (12 months) and " + FOOD + " (4 quarters)";
    }

    /** Corrects each report DemoData filed for the cooperative with its own figures; same year and meeting date. */
    private int figures(Scale scale) {
        String id = cooperativeId(scale.name());
        if (id == null) {
            return 0;
        }
        List<JsonNode> current = new ArrayList<>();
        // The reports are paged (every revision, oldest first): read every page before correcting any.
        for (int page = 1, pages = 1; page <= pages; page++) {
            JsonNode reports = registry.get("/api/v1/cooperatives/" + id + "/annual-reports?size=100&page=" + page, officer);
            reports.path("items").forEach(r -> {
                if (r.path("current").asBoolean()) {
                    current.add(r);
                }
            });
            pages = reports.path("page").path("totalPages").asInt();
        }
        int latest = current.stream().mapToInt(r -> r.path("financialYear").asInt()).max().orElse(0);
        for (JsonNode report : current) {
            int year = report.path("financialYear").asInt();
            long assets = scale.assets() - scale.assets() * scale.growth() * (latest - year) / 100;
            int shrink = 100 - scale.growth() * (latest - year) / 2;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("financialYear", year);
            body.put("meetingDate", report.path("meetingDate").asText());
            body.put("membersMale", scale.membersMale() * shrink / 100);
            body.put("membersFemale", scale.membersFemale() * shrink / 100);
            body.put("employees", scale.employees() * shrink / 100);
            body.put("ownCapital", assets * scale.ownCapitalPercent() / 100);
            body.put("externalCapital", assets * scale.externalCapitalPercent() / 100);
            body.put("assets", assets);
            body.put("turnover", assets * scale.turnoverPercent() / 100);
            body.put("surplus", assets * scale.surplusPermille() / 1000);
            registry.send("PUT", "/api/v1/cooperatives/" + id + "/annual-reports/" + year, body, officer,
                    "\"" + report.path("revision").asInt() + "\"", 200);
        }
        return current.size();
    }

    /** Makmur Mandiri's branch offices in Kota Bekasi (the register keeps the city's branches only). */
    private void branches() {
        String id = cooperativeId("Koperasi Makmur Mandiri");
        if (id == null) {
            return;
        }
        JsonNode cooperative = registry.get("/api/v1/cooperatives/" + id, officer);
        List<Map<String, Object>> branches = new ArrayList<>();
        for (String[] branch : MAKMUR_BRANCHES) {
            branches.add(Map.of("name", branch[0], "address", branch[1], "kecamatanCode", branch[2]));
        }
        registry.send("PATCH", "/api/v1/cooperatives/" + id, Map.of("branches", branches), officer,
                "\"" + cooperative.path("version").asLong() + "\"", 200);
    }

    private String cluster(String name, String category, String kecamatan, String host, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("productCategory", category);
        body.put("description", description);
        body.put("hostCooperativeId", host);
        body.put("kecamatanCode", kecamatan);
        return registry.send("POST", "/api/v1/clusters", body, officer, 201).path("id").asText();
    }

    private void members(String cluster, String kecamatan, Random random, String prefix, String products) {
        String[] names = {"Sari", "Ceria", "Mustika", "Lestari", "Jaya", "Berkah", "Mandiri", "Indah", "Harapan", "Sejahtera", "Makmur"};
        String[] owners = {"Ibu Yati", "Pak Darto", "Ibu Ningsih", "Pak Ujang", "Ibu Euis", "Pak Rahmat", "Ibu Wati", "Pak Asep",
                "Ibu Sumi", "Pak Joko", "Ibu Lilis"};
        for (int i = 0; i < names.length; i++) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("businessName", prefix + " " + names[i]);
            member.put("ownerName", owners[i]);
            member.put("products", products);
            member.put("kecamatanCode", kecamatan);
            member.put("joinedOn", LocalDate.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
            registry.send("POST", "/api/v1/clusters/" + cluster + "/members", member, officer, 201);
        }
    }

    /** A month of the doll makers: busiest before Lebaran, the school holidays and the year's end. */
    private static Map<String, Object> dollMonth(LocalDate month, Random random) {
        double[] season = {0.9, 0.85, 1.0, 1.15, 1.05, 1.2, 1.25, 0.95, 0.9, 1.0, 1.1, 1.3};
        double s = season[month.getMonthValue() - 1] * (0.95 + 0.1 * random.nextDouble());
        long fabric = Math.round(2_400 * s);
        long dacron = Math.round(1_500 * s);
        long characters = Math.round(14_000 * s);
        long graduation = Math.round(3_000 * s);
        long keyrings = Math.round(20_000 * s);
        long produced = characters * 32_000 + graduation * 45_000 + keyrings * 6_500;
        long sold = produced * 9 / 10;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", "%d-%02d".formatted(month.getYear(), month.getMonthValue()));
        body.put("purchases", List.of(
                line("item", "Kain velboa", fabric, "meter", fabric * 27_500),
                line("item", "Dakron (isian)", dacron, "kg", dacron * 18_000),
                line("item", "Mata boneka, benang dan aksesori", Math.round(120 * s), "paket", Math.round(120 * s) * 75_000)));
        body.put("production", List.of(
                line("product", "Boneka karakter", characters, "buah", characters * 32_000),
                line("product", "Boneka wisuda", graduation, "buah", graduation * 45_000),
                line("product", "Gantungan kunci boneka", keyrings, "buah", keyrings * 6_500)));
        List<Map<String, Object>> sales = new ArrayList<>(List.of(
                sale("WHOLESALE", sold * 60 / 100, "Pasar Asemka, Jakarta", "Pasar Pagi Mangga Dua, Jakarta"),
                sale("RETAIL", sold * 15 / 100, "Toko mainan Bekasi", "Bandung"),
                sale("ONLINE", sold * 20 / 100, "Shopee", "Tokopedia", "TikTok Shop")));
        sales.add(month.getMonthValue() % 3 == 0 ? sale("EXPORT", sold - sold * 95 / 100, "Malaysia", "Brunei Darussalam")
                : sale("DIRECT", sold - sold * 95 / 100, "Pameran UKM Kota Bekasi"));
        body.put("sales", sales);
        body.put("jobs", (int) Math.round(200 * s));
        return body;
    }

    /** A quarter of the food and beverage makers, sold through Kranggan's shops, bazaars and online. */
    private static Map<String, Object> foodQuarter(LocalDate quarter, Random random) {
        double s = 0.9 + 0.2 * random.nextDouble() + (quarter.getMonthValue() == 1 || quarter.getMonthValue() == 4 ? 0.15 : 0);
        long cassava = Math.round(18_000 * s);
        long flour = Math.round(6_000 * s);
        long sugar = Math.round(2_500 * s);
        long chips = Math.round(21_000 * s);
        long cookies = Math.round(9_000 * s);
        long sambal = Math.round(12_000 * s);
        long ginger = Math.round(15_000 * s);
        long produced = chips * 12_000 + cookies * 35_000 + sambal * 18_000 + ginger * 9_000;
        long sold = produced * 92 / 100;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1));
        body.put("purchases", List.of(
                line("item", "Singkong", cassava, "kg", cassava * 4_500),
                line("item", "Tepung terigu", flour, "kg", flour * 11_000),
                line("item", "Gula aren", sugar, "kg", sugar * 28_000),
                line("item", "Kemasan standing pouch", Math.round(60_000 * s), "buah", Math.round(60_000 * s) * 900)));
        body.put("production", List.of(
                line("product", "Keripik singkong", chips, "bungkus", chips * 12_000),
                line("product", "Kue kering", cookies, "toples", cookies * 35_000),
                line("product", "Sambal botol", sambal, "botol", sambal * 18_000),
                line("product", "Wedang jahe instan", ginger, "kotak", ginger * 9_000)));
        body.put("sales", List.of(
                sale("RETAIL", sold * 45 / 100, "Toko Koperasi Kranggan", "Minimarket Jatisampurna"),
                sale("DIRECT", sold * 20 / 100, "Car Free Day Summarecon Bekasi", "Bazar UMKM Kota Bekasi"),
                sale("ONLINE", sold * 25 / 100, "GrabMart", "Shopee"),
                sale("GOVERNMENT", sold - sold * 90 / 100, "Katering rapat Pemerintah Kota Bekasi")));
        body.put("jobs", (int) Math.round(130 * s));
        return body;
    }

    private static Map<String, Object> line(String what, String name, long quantity, String unit, long value) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(what, name);
        line.put("quantity", quantity);
        line.put("unit", unit);
        line.put("value", value);
        return line;
    }

    private static Map<String, Object> sale(String channel, long value, String... markets) {
        return Map.of("channel", channel, "value", value, "markets", List.of(markets));
    }

    private String cooperativeId(String name) {
        for (JsonNode found : registry.get("/api/v1/cooperatives?size=20&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), officer)
                .path("items")) {
            if (found.path("name").asText().equals(name)) {
                return found.path("id").asText();
            }
        }
        return null;
    }

    private String clusterId(String name) {
        for (JsonNode found : registry.get("/api/v1/clusters?size=100", officer).path("items")) {
            if (found.path("name").asText().equals(name)) {
                return found.path("id").asText();
            }
        }
        return null;
    }
}
