package id.go.bekasikota.koperasi.projection.rebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SQL of a rebuild: a fresh table shaped like {@code cooperative_projection} (columns,
 * constraints, indexes), filled by upserts that keep the highest version of each cooperative,
 * and the switch that puts it in the projection's place.
 */
final class ProjectionTable {

    static final String LIVE = "cooperative_projection";
    static final String FRESH = "cooperative_projection_rebuild";

    private final ObjectMapper json;

    ProjectionTable(ObjectMapper json) {
        this.json = json;
    }

    /** Drops what an interrupted rebuild left, and creates the fresh table empty. */
    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + FRESH);
            statement.execute("create table " + FRESH + " (like " + LIVE + " including all)");
        }
    }

    void dropFresh(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + FRESH);
        }
    }

    /** Writes each snapshot unless the fresh table holds the cooperative at the same or a newer version. */
    void upsert(Connection connection, Collection<Applied> snapshots) throws SQLException {
        if (snapshots.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("insert into " + FRESH + " as t (id, version, "
                + "cooperative_number, name, jenis, bentuk, kelompok, kbli_code, kecamatan_code, founded_on, dissolved_on, "
                + "annual_reports, last_event_id, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, now()) "
                + "on conflict (id) do update set version = excluded.version, cooperative_number = excluded.cooperative_number, "
                + "name = excluded.name, jenis = excluded.jenis, bentuk = excluded.bentuk, kelompok = excluded.kelompok, "
                + "kbli_code = excluded.kbli_code, kecamatan_code = excluded.kecamatan_code, founded_on = excluded.founded_on, "
                + "dissolved_on = excluded.dissolved_on, annual_reports = excluded.annual_reports, "
                + "last_event_id = excluded.last_event_id, updated_at = excluded.updated_at "
                + "where t.version < excluded.version")) {
            for (Applied applied : snapshots) {
                CooperativeSnapshot s = applied.snapshot();
                statement.setObject(1, s.id());
                statement.setLong(2, s.version());
                statement.setString(3, s.cooperativeNumber());
                statement.setString(4, s.name());
                statement.setString(5, s.jenis());
                statement.setString(6, s.bentuk());
                statement.setString(7, s.kelompok());
                statement.setString(8, s.kbliCode());
                statement.setString(9, s.kecamatanCode());
                statement.setObject(10, s.foundedOn());
                statement.setObject(11, s.dissolvedOn());
                statement.setString(12, reports(s));
                statement.setString(13, applied.eventId());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Fresh planner statistics before the table serves reads. */
    void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + FRESH);
        }
    }

    /**
     * In the caller's transaction: the projection's table goes, the fresh one takes its name,
     * and its indexes take names without "_rebuild". Readers wait for the commit (they are not
     * refused) and then read the fresh table. Returns the cooperatives it holds.
     */
    long switchTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table " + LIVE);
            statement.execute("alter table " + FRESH + " rename to " + LIVE);
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select indexname from pg_indexes where schemaname = current_schema() "
                    + "and tablename = '" + LIVE + "' and indexname like '" + FRESH + "%'")) {
                while (rows.next()) {
                    indexes.add(rows.getString(1));
                }
            }
            for (String index : indexes) {
                statement.execute("alter index " + index + " rename to " + LIVE + index.substring(FRESH.length()));
            }
            try (ResultSet count = statement.executeQuery("select count(*) from " + LIVE)) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private String reports(CooperativeSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot.annualReports());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Reports cannot be written as JSON", e);
        }
    }

    /** A snapshot and the event that carried it. */
    record Applied(CooperativeSnapshot snapshot, String eventId) {
    }
}
