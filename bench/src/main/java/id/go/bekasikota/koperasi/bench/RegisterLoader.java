package id.go.bekasikota.koperasi.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportFiled;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeDissolved;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Loads a {@link SyntheticRegister} straight into the registry's database with {@code COPY}
 * (cooperatives, their reports, and one outbox row each), in chunks that each commit as one
 * transaction. The registry's own outbox relay then publishes the rows to
 * {@code registry.cooperative.v1} and the financing and awards consumers build their projections
 * from them, as they would from live traffic.
 *
 * <p>Each outbox row is the event that leaves the cooperative in its final state (the last
 * report filed, the dissolution, or the registration when it has no report), at the aggregate
 * version the registry's own history would have reached. Every registry event carries the whole
 * public snapshot, so the projections end up as they would after the full history, with one
 * event per cooperative instead of one per change.
 */
public final class RegisterLoader {

    private static final int CHUNK = 5_000;
    private static final String COOPERATIVE_COLUMNS = "id, version, cooperative_number, name, legal_entity_number, "
            + "legal_entity_date, jenis, bentuk, kelompok, kbli_code, kbli_edition, savings_loan_scope, address, kecamatan_code, "
            + "founded_on, phone, dissolved_on, dissolution_legal_basis, latest_report_year, latest_members, latest_assets, "
            + "last_status, last_grade, last_evaluated_on, created_at, updated_at";
    private static final String REPORT_COLUMNS = "id, cooperative_id, financial_year, revision, current, meeting_date, "
            + "members_male, members_female, employees, own_capital, external_capital, assets, turnover, surplus, filed_at, filed_by";
    private static final String OUTBOX_COLUMNS = "id, topic, record_key, event_type, aggregate_type, aggregate_id, "
            + "aggregate_version, payload, occurred_at";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EmbeddedPostgresServer postgres;

    public RegisterLoader(EmbeddedPostgresServer postgres) {
        this.postgres = postgres;
    }

    /** Copies the register in; returns the number of reports written. */
    public long load(List<SyntheticRegister.Cooperative> register, LocalDate today, Consumer<String> progress) {
        long reports = 0;
        try (Connection connection = connect("registry")) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < register.size(); from += CHUNK) {
                List<SyntheticRegister.Cooperative> chunk = register.subList(from, Math.min(register.size(), from + CHUNK));
                StringBuilder cooperatives = new StringBuilder();
                StringBuilder annualReports = new StringBuilder();
                StringBuilder outbox = new StringBuilder();
                Instant now = Instant.now();
                for (SyntheticRegister.Cooperative c : chunk) {
                    cooperativeRow(cooperatives, c, today, now);
                    for (AnnualReportSummary r : c.reports()) {
                        reportRow(annualReports, c.id(), r, now);
                        reports++;
                    }
                    outboxRow(outbox, c, now);
                }
                copy.copyIn("copy cooperative (" + COOPERATIVE_COLUMNS + ") from stdin with (format csv)", new StringReader(cooperatives.toString()));
                copy.copyIn("copy annual_report (" + REPORT_COLUMNS + ") from stdin with (format csv)", new StringReader(annualReports.toString()));
                copy.copyIn("copy outbox_event (" + OUTBOX_COLUMNS + ") from stdin with (format csv)", new StringReader(outbox.toString()));
                connection.commit();
                if ((from / CHUNK) % 4 == 3) {
                    progress.accept("copied " + (from + chunk.size()) + " cooperatives");
                }
            }
            try (Statement statement = connection.createStatement()) {
                // As every registry write does: the register's revision moves (the dashboard cache is keyed by it).
                // The load notes no cooperatives (V14): lane 0's notes are marked gone up to here, so that a
                // worklist kept from before is ranked again in full rather than brought up to date.
                statement.execute("update register_revision set revision = revision + 1 where id = 1");
                statement.execute("update register_write_pruned set through = (select revision from register_revision where id = 1) where lane = 0");
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // As an operator would after a bulk load: fresh planner statistics.
                statement.execute("analyze cooperative");
                statement.execute("analyze annual_report");
                statement.execute("analyze outbox_event");
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Loading the register failed: " + e.getMessage(), e);
        }
        return reports;
    }

    /**
     * What an operator runs after a bulk load and the standing evaluation that follows it (and what
     * autovacuum does on its own later): {@code VACUUM (ANALYZE)} of the register's tables, which
     * marks their pages all-visible so that counts read the indexes alone. Returns how long it took.
     */
    public Duration vacuum() {
        long started = System.nanoTime();
        try (Connection connection = connect("registry"); Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) cooperative, annual_report");
        } catch (SQLException e) {
            throw new IllegalStateException("Vacuum of the register failed: " + e.getMessage(), e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits until both projections hold {@code expected} cooperatives; returns how long it took. */
    public Duration awaitProjections(long expected, Duration timeout, Consumer<String> progress) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long lastReport = started;
        while (true) {
            long financing = count("financing", "select count(*) from cooperative_projection");
            long awards = count("awards", "select count(*) from cooperative_projection");
            if (financing >= expected && awards >= expected) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Projections not fed after " + timeout + ": financing " + financing
                        + ", awards " + awards + " of " + expected);
            }
            if (System.nanoTime() - lastReport > 15_000_000_000L) {
                progress.accept("projections: financing " + financing + ", awards " + awards + " of " + expected);
                lastReport = System.nanoTime();
            }
            sleep(500);
        }
    }

    public long count(String database, String sql) {
        return first(database, sql, result -> result.getLong(1));
    }

    /** The first column of the first row of {@code sql}, as text. */
    public String queryText(String database, String sql) {
        return first(database, sql, result -> result.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }

    /** {@code column} read from the first row of {@code sql}. */
    private <T> T first(String database, String sql, Column<T> column) {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return column.read(result);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    private void cooperativeRow(StringBuilder out, SyntheticRegister.Cooperative c, LocalDate today, Instant now) {
        AnnualReportSummary latest = c.latestReport();
        Csv.row(out, c.id(), c.version(), text(c.number()), text(c.name()), text(c.legalEntityNumber()), c.legalEntityDate(),
                text(c.jenis()), text(c.bentuk()), text(c.kelompok()), text(c.kbliCode()), text("2020"),
                text(c.savingsLoanScope()), text(c.address()), text(c.kecamatanCode()), c.foundedOn(), text(c.phone()),
                c.dissolvedOn(), text(c.dissolutionLegalBasis()),
                latest == null ? null : latest.financialYear(), latest == null ? null : latest.members(),
                latest == null ? null : latest.assets(),
                text(c.standing().status().name()), text(c.standing().grade().name()), today, now, now);
    }

    private static void reportRow(StringBuilder out, UUID cooperative, AnnualReportSummary r, Instant now) {
        Csv.row(out, UUID.randomUUID(), cooperative, r.financialYear(), 1, true, r.meetingDate(), r.membersMale(),
                r.membersFemale(), r.employees(), r.ownCapital(), r.externalCapital(), r.assets(), r.turnover(), r.surplus(),
                now, text("bench-loader"));
    }

    private void outboxRow(StringBuilder out, SyntheticRegister.Cooperative c, Instant now) {
        String type;
        Object data;
        if (c.dissolvedOn() != null) {
            type = EventTypes.COOPERATIVE_DISSOLVED;
            data = new CooperativeDissolved(c.snapshot(), c.dissolvedOn(), c.dissolutionLegalBasis());
        } else if (!c.reports().isEmpty()) {
            type = EventTypes.ANNUAL_REPORT_FILED;
            data = new AnnualReportFiled(c.snapshot(), c.latestReport().financialYear(), 1);
        } else {
            type = EventTypes.COOPERATIVE_REGISTERED;
            data = new CooperativeRegistered(c.snapshot());
        }
        try {
            Csv.row(out, UUID.randomUUID(), text(Topics.REGISTRY_COOPERATIVE), text(c.id().toString()), text(type),
                    text("cooperative"), text(c.id().toString()), c.version(), text(json.writeValueAsString(data)), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Csv.Text text(String value) {
        return value == null ? null : new Csv.Text(value);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
