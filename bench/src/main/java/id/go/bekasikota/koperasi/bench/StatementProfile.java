package id.go.bekasikota.koperasi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What PostgreSQL spent its time on during one step, from its own {@code pg_stat_statements} (loaded
 * when the server keeps its diagnostics, {@code EmbeddedPostgresServer.DIAGNOSTICS}; statements inside
 * functions and triggers counted too, {@code pg_stat_statements.track=all}): {@link #reset()} before the
 * step, {@link #write} after it. Execution time only: parsing, planning and commits are not in it.
 */
final class StatementProfile {

    /** Statements listed, the costliest first. */
    private static final int LISTED = 30;

    /** Leaves out the profile's own statements (the reset, these reads). */
    private static final String OWN = " s.query not like '%pg_stat_statements%'";

    private final RegisterLoader database;

    StatementProfile(RegisterLoader database) {
        this.database = database;
    }

    /** Whether the server has the module loaded (the benchmark's diagnostics); nothing is measured without it. */
    boolean available() {
        try (Connection connection = database.connect("registry"); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    void reset() {
        try (Connection connection = database.connect("registry"); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements_reset: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the costliest statements since {@link #reset()} to {@code file}, each with its database, calls,
     * time and rows, per {@code events} of the step as well; returns the top-level execution time per event of
     * each database (statements run by a client, not those inside its functions, so that nothing counts twice).
     */
    Map<String, Double> write(Path file, String step, long events) {
        Map<String, Double> perDatabase = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder("PostgreSQL's statements during " + step + " (" + events
                + " events), pg_stat_statements, the costliest " + LISTED + " by total execution time\n"
                + "(nested: run inside a function or trigger, its time also counted in the statement that called it)\n\n");
        try (Connection connection = database.connect("registry"); Statement statement = connection.createStatement()) {
            try (ResultSet totals = statement.executeQuery("""
                    select d.datname, sum(s.total_exec_time) filter (where s.toplevel), sum(s.calls) filter (where s.toplevel)
                    from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    where""" + OWN + """
                    group by d.datname order by 2 desc nulls last""")) {
                while (totals.next()) {
                    double millis = totals.getDouble(2);
                    perDatabase.put(totals.getString(1), millis / Math.max(1, events));
                    out.append(String.format(Locale.ROOT, "%-14s %10.1f ms top-level in %8d statements: %.3f ms per event%n",
                            totals.getString(1), millis, totals.getLong(3), millis / Math.max(1, events)));
                }
            }
            out.append('\n');
            try (ResultSet rows = statement.executeQuery("""
                    select d.datname, s.toplevel, s.calls, s.total_exec_time, s.mean_exec_time, s.rows,
                           regexp_replace(s.query, '\\s+', ' ', 'g')
                    from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    where""" + OWN + """
                    order by s.total_exec_time desc limit""" + " " + LISTED)) {
                while (rows.next()) {
                    out.append(String.format(Locale.ROOT, "%-13s %-6s calls %7d  total %9.1f ms  mean %7.3f ms  per event %6.3f ms  rows %8d%n  %s%n",
                            rows.getString(1), rows.getBoolean(2) ? "" : "nested", rows.getLong(3), rows.getDouble(4),
                            rows.getDouble(5), rows.getDouble(4) / Math.max(1, events), rows.getLong(6), abbreviated(rows.getString(7))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
        }
        try {
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return perDatabase;
    }

    private static String abbreviated(String query) {
        return query.length() <= 400 ? query : query.substring(0, 400) + " ...";
    }
}
