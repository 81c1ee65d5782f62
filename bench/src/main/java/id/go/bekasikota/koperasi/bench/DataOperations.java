package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Issue 19's rows: the rebuild of financing's projection of the register from the registry's
 * topics, and the reconciliation of an ODS export of the whole register, both through the
 * gateway as an officer would run them.
 */
final class DataOperations {

    private static final Duration POLL = Duration.ofMillis(500);

    private final ConstantRateLoad load;
    private final String gateway;
    private final String officer;
    private final Consumer<String> say;

    DataOperations(ConstantRateLoad load, String gateway, String officer, Consumer<String> say) {
        this.load = load;
        this.gateway = gateway;
        this.officer = officer;
        this.say = say;
    }

    /**
     * {@code POST /api/v1/admin/financing/projections/registry/rebuilds}, then its state every half
     * second until it is done; the time is the service's own (requested to finished).
     */
    List<Figure> rebuild(RegisterLoader loader) {
        say.accept("Rebuild of financing's projection of the register (compacted snapshot topic, then the live topic) ...");
        try {
            var started = load.request(HttpMethod.POST, gateway + "/api/v1/admin/financing/projections/registry/rebuilds")
                    .bearerTokenAuthentication(officer).send().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (started.statusCode() != 202) {
                throw new IllegalStateException("HTTP " + started.statusCode() + " " + started.bodyAsString());
            }
            String location = started.getHeader("Location");
            JsonObject rebuild = started.bodyAsJsonObject();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (!List.of("COMPLETED", "FAILED").contains(rebuild.getString("state"))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not done after 30 minutes: " + rebuild);
                }
                RegisterLoader.sleep(POLL.toMillis());
                rebuild = load.request(HttpMethod.GET, location).bearerTokenAuthentication(officer).send()
                        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).bodyAsJsonObject();
            }
            if ("FAILED".equals(rebuild.getString("state"))) {
                throw new IllegalStateException("the rebuild failed: " + rebuild.getString("failure"));
            }
            double seconds = Duration.between(Instant.parse(rebuild.getString("requestedAt")),
                    Instant.parse(rebuild.getString("finishedAt"))).toMillis() / 1000.0;
            long applied = rebuild.getLong("eventsApplied");
            long registered = loader.count("registry", "select count(*) from cooperative");
            long projected = loader.count("financing", "select count(*) from cooperative_projection");
            String note = String.format(Locale.ROOT, "%d snapshot + %d live records read, %d events applied; %d rows after the switch "
                            + "(%d in the projection now, %d in the registry)", rebuild.getLong("snapshotRecords"),
                    rebuild.getLong("liveRecords"), applied, rebuild.getLong("rows"), projected, registered);
            say.accept(String.format(Locale.ROOT, "  %.1f s, %.0f events/s: %s", seconds, applied / seconds, note));
            return List.of(Figure.info("rebuild of financing's projection of the register (" + registered + " cooperatives, gateway)",
                            seconds, "s", note),
                    Figure.info("rebuild of financing's projection: events applied per second", applied / seconds, "events/s",
                            "the live topic is replayed from 10 minutes before the start: here it still holds the register's load"));
        } catch (Exception e) {
            throw new IllegalStateException("rebuild: " + e.getMessage(), e);
        }
    }

    /**
     * An ODS export of the whole register (semicolons, Indonesian headers) with planted differences,
     * reconciled through the gateway; the registry's heap sampled from its metrics meanwhile.
     */
    List<Figure> reconciliation(String registryManagement, List<SyntheticRegister.Cooperative> register, LocalDate today) {
        OdsExport export = OdsExport.of(register, today);
        say.accept(String.format(Locale.ROOT, "ODS reconciliation of %d rows (%.1f MB; planted: %s) ...", export.rows(),
                export.bytes().length / 1e6, export.planted()));
        HeapSampler heap = new HeapSampler(registryManagement);
        Thread sampler = new Thread(heap, "bench-heap-sampler");
        sampler.setDaemon(true);
        try {
            long before = heap.sample();
            sampler.start();
            long sent = System.nanoTime();
            var answer = load.request(HttpMethod.POST, gateway + "/api/v1/ods-reconciliations?fileName=bench-ods.csv")
                    .timeout(120_000).bearerTokenAuthentication(officer).putHeader("Content-Type", "text/csv")
                    .sendBuffer(Buffer.buffer(export.bytes())).toCompletionStage().toCompletableFuture().get(3, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - sent) / 1e9;
            heap.stop();
            sampler.join(5_000);
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("HTTP " + answer.statusCode() + " " + answer.bodyAsString());
            }
            JsonObject summary = answer.bodyAsJsonObject();
            String counts = String.format(Locale.ROOT, "%d rows: %d bad, %d by NIK, %d by legal entity number, %d proposed, "
                            + "%d only in ODS, %d only in the register, %d differences", summary.getInteger("totalRows"),
                    summary.getInteger("badRows"), summary.getInteger("matchedByNumber"), summary.getInteger("matchedByLegalEntityNumber"),
                    summary.getInteger("proposedMatches"), summary.getInteger("onlyInOds"), summary.getInteger("onlyInRegister"),
                    summary.getInteger("differences"));
            say.accept(String.format(Locale.ROOT, "  %.1f s, registry heap peak %.0f MB (before %.0f MB): %s", seconds,
                    heap.peak() / 1e6, before / 1e6, counts));
            return List.of(new Figure("ODS reconciliation of " + export.rows() + " rows (CSV, gateway)", seconds, "s",
                            Target.atMost(60, "s"), counts),
                    Figure.info("registry heap peak during the reconciliation", heap.peak() / 1e6, "MB",
                            String.format(Locale.ROOT, "used heap sampled every 100 ms from /q/metrics (%d samples); before: %.0f MB; "
                                    + "%s", heap.samples(), before / 1e6, Bench.heap(Bench.REGISTRY_JVM_OPTIONS))));
        } catch (Exception e) {
            heap.stop();
            throw new IllegalStateException("reconciliation: " + e.getMessage(), e);
        }
    }

    /** The registry's used heap (every pool of area="heap"), polled from its metrics until stopped. */
    private final class HeapSampler implements Runnable {
        private final String registry;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();

        /** @param registry the registry's management interface (where its metrics are) */
        HeapSampler(String registry) {
            this.registry = registry;
        }

        @Override
        public void run() {
            while (running.get()) {
                peak.accumulateAndGet(sample(), Math::max);
                samples.incrementAndGet();
                RegisterLoader.sleep(100);
            }
        }

        long sample() {
            try {
                String metrics = load.get(registry + "/q/metrics").toCompletionStage().toCompletableFuture()
                        .get(10, TimeUnit.SECONDS).bodyAsString();
                long used = 0;
                for (String line : metrics.split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                return used;
            } catch (Exception e) {
                return 0;
            }
        }

        void stop() {
            running.set(false);
        }

        long peak() {
            return peak.get();
        }

        long samples() {
            return samples.get();
        }
    }

    /**
     * The ministry's export of the synthetic register: one row per cooperative with its standing as of
     * the day, and planted differences: a status in every 50, a grade in every 70, a RAT year in every
     * 90, a NIK Koperasi in every 200 (same legal entity number), a cooperative left out in every 500,
     * a malformed year in every 997, and 200 cooperatives the register does not have.
     */
    record OdsExport(byte[] bytes, int rows, String planted) {

        static OdsExport of(List<SyntheticRegister.Cooperative> register, LocalDate today) {
            StringBuilder csv = new StringBuilder("\uFEFFNIK Koperasi;Nama Koperasi;No Badan Hukum;Kecamatan;Status;Grade;Tahun RAT Terakhir\r\n");
            int rows = 0;
            int[] counts = new int[7];
            for (int i = 0; i < register.size(); i++) {
                SyntheticRegister.Cooperative c = register.get(i);
                if (i % 500 == 5) {
                    counts[5]++;
                    continue;
                }
                String status = c.standing().status().name();
                String grade = c.standing().grade().name();
                Integer year = lastRatYear(c.reports(), today);
                String number = c.number();
                String yearCell = year == null ? "" : year.toString();
                if (i % 50 == 1) {
                    status = "ACTIVE".equals(status) ? "INACTIVE" : "ACTIVE";
                    counts[0]++;
                }
                if (i % 70 == 2) {
                    grade = "A".equals(grade) ? "B" : "A";
                    counts[1]++;
                }
                if (i % 90 == 3) {
                    yearCell = year == null ? "2019" : String.valueOf(year - 1);
                    counts[2]++;
                }
                if (i % 200 == 4) {
                    number = String.format(Locale.ROOT, "3278%010d", i);
                    counts[3]++;
                }
                if (i % 997 == 6) {
                    yearCell = "20x4";
                    counts[6]++;
                }
                csv.append(number).append(';').append(c.name()).append(';').append(c.legalEntityNumber()).append(';')
                        .append(c.kecamatanCode()).append(';').append(ods(status)).append(';').append("NEW".equals(grade) ? "Baru" : grade)
                        .append(';').append(yearCell).append("\r\n");
                rows++;
            }
            for (int i = 0; i < 200; i++) {
                csv.append(String.format(Locale.ROOT, "3279%010d;Koperasi Nelayan Baru Ods %05d;;327501;Aktif;A;2024\r\n", i, i));
                rows++;
                counts[4]++;
            }
            String planted = String.format(Locale.ROOT, "%d statuses, %d grades, %d RAT years, %d NIK Koperasi, %d only in ODS, "
                    + "%d left out, %d malformed", counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
            return new OdsExport(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), rows, planted);
        }

        private static Integer lastRatYear(List<AnnualReportSummary> reports, LocalDate today) {
            Integer last = null;
            for (AnnualReportSummary report : reports) {
                if (!report.meetingDate().isAfter(today) && (last == null || report.financialYear() > last)) {
                    last = report.financialYear();
                }
            }
            return last;
        }

        private static String ods(String status) {
            return switch (status) {
                case "ACTIVE" -> "Aktif";
                case "INACTIVE" -> "Tidak Aktif";
                default -> "Bubar";
            };
        }
    }
}
