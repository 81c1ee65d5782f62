package id.go.bekasikota.koperasi.bench;

import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own single-row insert on this machine, in the same run as the API writes: one
 * connection, one committed insert at a time (autocommit) into a table of its own database, a
 * row about the size of an annual report. The baseline that write latencies are compared with.
 */
public final class PostgresInsertProbe {

    private final RegisterLoader database;

    public PostgresInsertProbe(RegisterLoader database) {
        this.database = database;
    }

    /** Latencies in microseconds of {@code inserts} inserts after {@code warmUp} unmeasured ones. */
    public Histogram run(int warmUp, int inserts) {
        try (Connection admin = database.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists bench_probe");
            statement.execute("create database bench_probe");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the probe database: " + e.getMessage(), e);
        }
        Histogram micros = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        try (Connection connection = database.connect("bench_probe")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create table insert_probe (id uuid primary key, cooperative_id uuid not null, financial_year int not null,
                            meeting_date date not null, members int not null, assets bigint not null, surplus bigint not null,
                            filed_at timestamptz not null, filed_by text not null)""");
                statement.execute("create index insert_probe_cooperative on insert_probe (cooperative_id, financial_year)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into insert_probe values (?, ?, ?, current_date, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < warmUp + inserts; i++) {
                    long started = System.nanoTime();
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.randomUUID());
                    insert.setInt(3, 2025);
                    insert.setInt(4, 20 + i % 3000);
                    insert.setLong(5, 5_000_000_000L + i);
                    insert.setLong(6, 100_000_000L);
                    insert.setObject(7, OffsetDateTime.now());
                    insert.setString(8, "bench-probe");
                    insert.executeUpdate();
                    if (i >= warmUp) {
                        micros.recordValue((System.nanoTime() - started) / 1000);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Insert probe failed: " + e.getMessage(), e);
        }
        return micros;
    }
}
