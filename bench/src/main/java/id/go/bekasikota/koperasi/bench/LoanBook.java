package id.go.bekasikota.koperasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The loan book of the national-scale data set: three partners' programs registered through the
 * financing API (no required documents, so that a submission checks eligibility only), then
 * loan applications copied straight into financing's tables with their history, spread over the
 * states before a partner's decision (draft, submitted, verified, recommended, forwarded).
 *
 * <p>The applications are loaded without their {@code state-changed} events: no service consumes
 * those yet (awards will read {@code defaulted} and {@code settled}, and none is in those states).
 * The drafts of eligible cooperatives are what the submit scenario submits.
 */
public final class LoanBook {

    /** A partner's program: its id, the partner and the amount and tenor limits. */
    public record Program(UUID id, String partnerId, long minAmount, long maxAmount, int minTenor, int maxTenor) {
    }

    /** The applications loaded: every id, and the drafts of eligible cooperatives (for the submit scenario). */
    public record Loaded(List<UUID> applications, List<UUID> eligibleDrafts, Map<String, Long> forwardedPerPartner) {
    }

    private static final String APPLICATION_COLUMNS = "id, version, cooperative_id, cooperative_name, program_id, partner_id, state, "
            + "requested_amount, requested_tenor_months, purpose, aggregate_version, submitted_at, forwarded_at, created_by, created_at, updated_at";
    private static final String HISTORY_COLUMNS = "application_id, action, from_state, to_state, actor, actor_role, occurred_at";
    private static final String[] STATES = {"DRAFT", "SUBMITTED", "VERIFIED", "RECOMMENDED", "FORWARDED"};
    private static final String[] ACTIONS = {"CREATE", "SUBMIT", "VERIFY", "RECOMMEND", "FORWARD"};

    private final ObjectMapper json = new ObjectMapper();
    private final RegisterLoader database;

    public LoanBook(RegisterLoader database) {
        this.database = database;
    }

    /** Registers the three programs through the API (officer, direct to financing). */
    public List<Program> programs(ConstantRateLoad http, String financing, String officer, LocalDate today) {
        List<Program> programs = new ArrayList<>();
        programs.add(program(http, financing, officer, today, "lpdb-kumkm", "LPDB-KUMKM", "FUND", "Dana bergulir modal kerja koperasi",
                "LPDB_KUMKM", "0.055", "DECLINING_BALANCE", 50_000_000L, 5_000_000_000L, 12, 60));
        programs.add(program(http, financing, officer, today, "bank-bjb", "Bank BJB", "BANK", "KUR Kecil", "KUR_KECIL",
                "0.06", "DECLINING_BALANCE", 10_000_000L, 500_000_000L, 6, 60));
        programs.add(program(http, financing, officer, today, "bank-bri", "Bank BRI", "BANK", "KUR Mikro", "KUR_MIKRO",
                "0.06", "FLAT", 1_000_000L, 100_000_000L, 6, 36));
        return programs;
    }

    /**
     * Copies {@code count} applications in: 30% drafts, then submitted, verified, recommended and
     * forwarded. Applicants are cooperatives of the register that are not dissolved; a draft is
     * eligible when its cooperative meets every rule of DESIGN.md 3.1 as of {@code today}.
     */
    public Loaded load(List<SyntheticRegister.Cooperative> register, List<Program> programs, int count, LocalDate today) {
        Random random = new Random(17);
        int f = StandingRules.latestDueYear(today);
        List<SyntheticRegister.Cooperative> applicants = register.stream().filter(c -> c.dissolvedOn() == null).toList();
        List<UUID> ids = new ArrayList<>(count);
        List<UUID> eligibleDrafts = new ArrayList<>();
        Map<String, Long> forwarded = new java.util.TreeMap<>();
        StringBuilder applications = new StringBuilder();
        StringBuilder history = new StringBuilder();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < count; i++) {
            SyntheticRegister.Cooperative c = applicants.get(random.nextInt(applicants.size()));
            Program program = programs.get(random.nextInt(programs.size()));
            int roll = random.nextInt(100);
            int stage = roll < 30 ? 0 : roll < 45 ? 1 : roll < 55 ? 2 : roll < 65 ? 3 : 4;
            long amount = program.minAmount() + (long) (random.nextDouble() * (Math.min(program.maxAmount(), 20 * program.minAmount()) - program.minAmount()));
            int tenor = program.minTenor() + random.nextInt(program.maxTenor() - program.minTenor() + 1);
            UUID id = UUID.randomUUID();
            Instant created = now.minus(1 + random.nextInt(300), ChronoUnit.DAYS).plusSeconds(random.nextInt(86_400));
            Instant submitted = stage >= 1 ? created.plus(1 + random.nextInt(5), ChronoUnit.DAYS) : null;
            Instant forwardedAt = stage == 4 ? submitted.plus(5 + random.nextInt(20), ChronoUnit.DAYS) : null;
            Instant updated = forwardedAt != null ? forwardedAt : submitted != null ? submitted.plus(stage, ChronoUnit.DAYS) : created;
            Csv.row(applications, id, stage, c.id(), new Csv.Text(c.name()), program.id(), new Csv.Text(program.partnerId()),
                    new Csv.Text(STATES[stage]), amount, tenor, new Csv.Text("Modal kerja anggota " + (i % 97)), stage + 1,
                    submitted, forwardedAt, new Csv.Text("officer@bench"), created, updated);
            for (int step = 0; step <= stage; step++) {
                Instant at = step == 0 ? created : step == 4 ? forwardedAt : submitted.plus(step - 1, ChronoUnit.DAYS);
                Csv.row(history, id, new Csv.Text(ACTIONS[step]), step == 0 ? null : new Csv.Text(STATES[step - 1]),
                        new Csv.Text(STATES[step]), new Csv.Text("officer@bench"), new Csv.Text("officer"), at);
            }
            ids.add(id);
            if (stage == 0 && eligible(c, today, f)) {
                eligibleDrafts.add(id);
            }
            if (stage == 4) {
                forwarded.merge(program.partnerId(), 1L, Long::sum);
            }
        }
        try (Connection connection = database.connect("financing")) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy loan_application (" + APPLICATION_COLUMNS + ") from stdin with (format csv)", new StringReader(applications.toString()));
            copy.copyIn("copy loan_state_change (" + HISTORY_COLUMNS + ") from stdin with (format csv)", new StringReader(history.toString()));
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze loan_application");
                statement.execute("analyze loan_state_change");
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Loading the loan book failed: " + e.getMessage(), e);
        }
        return new Loaded(ids, eligibleDrafts, forwarded);
    }

    /** ACTIVE, a report for F with a positive surplus, founded a year or more before (DESIGN.md 3.1; programs accept every jenis and KBLI). */
    static boolean eligible(SyntheticRegister.Cooperative c, LocalDate today, int f) {
        AnnualReportSummary reportF = c.reports().stream().filter(r -> r.financialYear() == f).findFirst().orElse(null);
        return c.standing().status() == ActivityStatus.ACTIVE && reportF != null && reportF.surplus() > 0
                && !c.foundedOn().isAfter(today.minusYears(1));
    }

    private Program program(ConstantRateLoad http, String financing, String officer, LocalDate today, String partnerId,
                            String partnerName, String kind, String name, String scheme, String rate, String method,
                            long min, long max, int minTenor, int maxTenor) {
        String body = """
                {"partnerId": "%s", "partnerName": "%s", "partnerKind": "%s", "name": "%s", "scheme": "%s", "annualRate": %s,
                 "method": "%s", "minAmount": %d, "maxAmount": %d, "minTenorMonths": %d, "maxTenorMonths": %d,
                 "allowedJenis": [], "allowedKbliPrefixes": [], "opensOn": "%s", "requiredDocuments": []}"""
                .formatted(partnerId, partnerName, kind, name, scheme, rate, method, min, max, minTenor, maxTenor, today.minusYears(1));
        try {
            HttpResponse<Buffer> answer = http.request(HttpMethod.POST, financing + "/api/v1/financing-programs")
                    .bearerTokenAuthentication(officer)
                    .putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer(body))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("Program " + name + " refused: " + answer.statusCode() + " " + answer.bodyAsString());
            }
            JsonNode program = json.readTree(answer.bodyAsString());
            return new Program(UUID.fromString(program.get("id").asText()), partnerId, min, max, minTenor, maxTenor);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot register program " + name + ": " + e.getMessage(), e);
        }
    }
}
