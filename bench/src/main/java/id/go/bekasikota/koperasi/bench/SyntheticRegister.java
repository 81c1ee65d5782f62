package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A national-scale register made up from a seed: cooperatives across the twelve kecamatan, the
 * five jenis and the kelompok, about {@code reports} annual (RAT) reports in all, about 62%
 * active as of the day, 2% new, 1% dissolved. Status and grade come from {@link StandingRules},
 * as the registry computes them. The same seed gives the same register.
 */
public final class SyntheticRegister {

    static final String[] KECAMATAN = {"327501", "327502", "327503", "327504", "327505", "327506",
            "327507", "327508", "327509", "327510", "327511", "327512"};
    static final String[] KECAMATAN_NAMES = {"Bekasi Timur", "Bekasi Barat", "Bekasi Utara", "Bekasi Selatan",
            "Rawalumbu", "Medansatria", "Bantargebang", "Pondokgede", "Jatiasih", "Jatisampurna", "Mustikajaya", "Pondokmelati"};
    static final String[] WORDS = {"Sejahtera", "Maju Bersama", "Mandiri", "Karya Usaha", "Bina Usaha", "Mekar",
            "Harapan", "Sumber Rejeki", "Citra", "Boneka", "Mamin", "Warga", "Pegawai", "Tunas", "Berkah", "Sentosa",
            "Amanah", "Makmur", "Jaya Abadi", "Guyub"};
    private static final String[] JENIS = {"SIMPAN_PINJAM", "KONSUMEN", "PRODUSEN", "PEMASARAN", "JASA"};
    private static final String[] KELOMPOK = {"CIVIL_SERVANTS", "COMPANY_EMPLOYEES", "COMMUNITY", "KUD", "OTHER"};
    private static final String[] KBLI = {"47111", "14111", "32401", "49421", "41011", "10792", "56101"};

    /** One generated cooperative with its current reports and its standing as of the day. */
    public record Cooperative(UUID id, long version, String number, String name, String jenis, String bentuk,
                              String kelompok, String kbliCode, String savingsLoanScope, String address, String kecamatanCode,
                              LocalDate foundedOn, String legalEntityNumber, LocalDate legalEntityDate, String phone,
                              LocalDate dissolvedOn, String dissolutionLegalBasis, List<AnnualReportSummary> reports,
                              Standing standing) {

        public CooperativeSnapshot snapshot() {
            return new CooperativeSnapshot(id, version, number, name, jenis, bentuk, kelompok, kbliCode, kecamatanCode,
                    foundedOn, dissolvedOn, reports);
        }

        public AnnualReportSummary latestReport() {
            return reports.isEmpty() ? null : reports.get(reports.size() - 1);
        }

        public boolean hasReport(int financialYear) {
            return reports.stream().anyMatch(r -> r.financialYear() == financialYear);
        }
    }

    private SyntheticRegister() {
    }

    public static List<Cooperative> generate(int cooperatives, int reports, LocalDate today, long seed) {
        Random random = new Random(seed);
        int f = StandingRules.latestDueYear(today);
        double perCooperative = cooperatives == 0 ? 0 : (double) reports / cooperatives;
        List<Cooperative> all = new ArrayList<>(cooperatives);
        for (int i = 0; i < cooperatives; i++) {
            all.add(cooperative(i, perCooperative, f, today, random));
        }
        return all;
    }

    private static Cooperative cooperative(int i, double perCooperative, int f, LocalDate today, Random random) {
        UUID id = UUID.nameUUIDFromBytes(("koperasi-bench-" + i).getBytes(StandardCharsets.UTF_8));
        String jenis = JENIS[random.nextInt(JENIS.length)];
        int kecamatan = i % KECAMATAN.length;
        String name = String.format(Locale.ROOT, "Koperasi %s %s %05d", WORDS[random.nextInt(WORDS.length)],
                KECAMATAN_NAMES[kecamatan], i);
        int roll = random.nextInt(100);
        boolean fresh = roll < 2;
        boolean active = roll < 64;
        LocalDate founded = fresh
                ? LocalDate.of(f + 1, 1, 1).plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - LocalDate.of(f + 1, 1, 1).toEpochDay())))
                : LocalDate.of(1975 + random.nextInt(Math.max(1, f - 3 - 1975)), 1, 1).plusDays(random.nextInt(360));
        int count = (int) perCooperative + (random.nextDouble() < perCooperative - (int) perCooperative ? 1 : 0);
        int lastYear = active ? (random.nextInt(10) < 7 ? f : f - 1) : f - 2 - random.nextInt(4);
        long assets = (long) Math.exp(17 + random.nextDouble() * 8);
        List<AnnualReportSummary> reports = new ArrayList<>();
        if (!fresh) {
            for (int year = Math.max(founded.getYear(), lastYear - count + 1); year <= lastYear; year++) {
                int members = 20 + random.nextInt(3000);
                long yearAssets = Math.max(10_000_000L, (long) (assets * (0.85 + 0.05 * (year % 4))));
                reports.add(new AnnualReportSummary(year, LocalDate.of(year + 1, 1 + random.nextInt(6), 1 + random.nextInt(28)),
                        members / 2, members - members / 2, 1 + random.nextInt(60), yearAssets / 3, yearAssets / 5, yearAssets,
                        yearAssets / 2 + random.nextInt(1_000_000), random.nextInt(10) == 0 ? -(yearAssets / 100) : yearAssets / 40));
            }
        }
        LocalDate dissolved = null;
        String basis = null;
        if (!fresh && !active && random.nextInt(36) == 0) {
            dissolved = today.minusDays(30 + random.nextInt(2_000));
            dissolved = dissolved.isBefore(founded) ? founded.plusDays(1) : dissolved;
            basis = "Keputusan Menteri Koperasi dan UKM No. " + (100 + random.nextInt(900)) + "/" + dissolved.getYear();
        }
        long version = reports.size() + (dissolved == null ? 0 : 1);
        Standing standing = StandingRules.evaluate(founded, dissolved, reports, today);
        LocalDate legalDate = founded.plusDays(30 + random.nextInt(400));
        String legalNumber = random.nextBoolean()
                ? String.format(Locale.ROOT, "518.%02d/%d/BH/XIV.10/VIII/%d", random.nextInt(99), random.nextInt(999), founded.getYear())
                : String.format(Locale.ROOT, "AHU-%07d.AH.01.26.Tahun %d", random.nextInt(9_999_999), Math.max(founded.getYear(), 2013));
        return new Cooperative(id, version, String.format(Locale.ROOT, "3275%010d", i + 1), name, jenis,
                random.nextInt(20) == 0 ? "SEKUNDER" : "PRIMER", KELOMPOK[random.nextInt(KELOMPOK.length)],
                jenis.equals("SIMPAN_PINJAM") ? "64141" : KBLI[random.nextInt(KBLI.length)],
                jenis.equals("SIMPAN_PINJAM") ? (random.nextInt(10) == 0 ? "OPEN_LOOP" : "CLOSED_LOOP") : null,
                "Jl. Raya " + WORDS[random.nextInt(WORDS.length)] + " No. " + (1 + random.nextInt(200)),
                KECAMATAN[kecamatan], founded, legalNumber, legalDate.isAfter(today) ? today : legalDate,
                "+62 21 " + (8_000_000 + random.nextInt(999_999)), dissolved, basis, List.copyOf(reports), standing);
    }

    /** Share of the register that is ACTIVE (of those not dissolved), for the load report. */
    public static double activeShare(List<Cooperative> register) {
        long notDissolved = register.stream().filter(c -> c.standing().status() != ActivityStatus.DISSOLVED).count();
        long active = register.stream().filter(c -> c.standing().status() == ActivityStatus.ACTIVE).count();
        return notDissolved == 0 ? 0 : (double) active / notDissolved;
    }
}
