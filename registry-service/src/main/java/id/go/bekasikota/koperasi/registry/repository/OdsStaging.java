package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.ods.OdsField;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of a reconciliation, on the connection of its one transaction: the file's rows are
 * copied ({@code COPY}) into a temporary table that goes with the commit, matched with the
 * register set by set, and the report is written in one statement. Nothing of the file is kept
 * in memory, and nothing is left behind if any step fails.
 */
public final class OdsStaging {

    /** The file's rows as read (values in the register's vocabulary, or the reasons a row is bad) and how each matched. */
    private static final String STAGING = """
            create temporary table ods_staging (
                line               int primary key,
                cooperative_number text,
                name               text,
                legal_entity_number text,
                legal_entity_date  date,
                kecamatan_code     text,
                status             text,
                grade              text,
                last_rat_year      int,
                error              text,
                name_key           text generated always as (ods_name_key(name)) stored,
                legal_entity_key   text generated always as (legal_entity_key(legal_entity_number)) stored,
                cooperative_id     uuid,
                matched_by         text,
                similarity         numeric(4, 3)
            ) on commit drop""";

    private final Connection connection;

    public OdsStaging(Connection connection) {
        this.connection = connection;
    }

    public void create() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
    }

    /** Streams rows into the staging table: {@link Copy#finish()} ends the copy, closing it unfinished cancels it. */
    public Copy copy() throws SQLException {
        return new Copy(connection);
    }

    /** Writes rows as {@code COPY ... (format csv)} data, flushing to the server every 64 KB. */
    public static final class Copy implements AutoCloseable {

        private final PGCopyOutputStream stream;
        private final CSVPrinter printer;
        private boolean finished;

        private Copy(Connection connection) throws SQLException {
            stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), """
                    copy ods_staging (line, cooperative_number, name, legal_entity_number, legal_entity_date, kecamatan_code,
                                      status, grade, last_rat_year, error) from stdin with (format csv)""", 1 << 16);
            try {
                printer = new CSVPrinter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), CSVFormat.RFC4180.builder()
                        .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("").setRecordSeparator('\n').get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void add(OdsRow row) {
            try {
                printer.printRecord(row.line(), row.cooperativeNumber(), row.name(), row.legalEntityNumber(),
                        row.legalEntityDate() == null ? null : row.legalEntityDate().toString(), row.kecamatanCode(),
                        row.status() == null ? null : row.status().name(), row.grade() == null ? null : row.grade().name(),
                        row.lastRatYear(), row.bad() ? row.error() : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void finish() throws SQLException {
            try {
                printer.flush();
                stream.endCopy();
                finished = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            if (!finished && stream.isActive()) {
                stream.cancelCopy();
            }
        }
    }

    /**
     * Matches the rows with the register: a NIK Koperasi repeated in the file makes its later rows
     * bad; then by NIK Koperasi; then by legal entity number where it is unique on both sides
     * among what is left; then proposes name matches among what is left, each row paired with the
     * cooperative whose name is closest to its own when that row is also the closest to the
     * cooperative's name, at a similarity of at least {@code threshold} (pg_trgm).
     */
    public void match(double threshold) throws SQLException {
        update("analyze ods_staging");
        update("""
                update ods_staging s set error = 'NIK Koperasi ' || s.cooperative_number || ' appears already on line ' || d.first_line
                from (select line, min(line) over (partition by cooperative_number) as first_line
                      from ods_staging where error is null) d
                where d.line = s.line and d.first_line <> s.line""");
        update("""
                update ods_staging s set cooperative_id = c.id, matched_by = 'NUMBER'
                from cooperative c where s.error is null and c.cooperative_number = s.cooperative_number""");
        // Fresh statistics after each step, so that the planner sizes what is left right (hash joins, not loops).
        update("create index on ods_staging (cooperative_id)");
        update("analyze ods_staging");
        update("""
                with rows as (select legal_entity_key as k, min(line) as line from ods_staging
                              where error is null and cooperative_id is null and legal_entity_key is not null
                              group by legal_entity_key having count(*) = 1),
                     cooperatives as (select legal_entity_key(c.legal_entity_number) as k, (array_agg(c.id))[1] as id
                                      from cooperative c
                                      where legal_entity_key(c.legal_entity_number) is not null
                                        and not exists (select 1 from ods_staging m where m.cooperative_id = c.id)
                                      group by 1 having count(*) = 1)
                update ods_staging s set cooperative_id = c.id, matched_by = 'LEGAL_ENTITY_NUMBER'
                from rows r join cooperatives c on c.k = r.k
                where s.line = r.line""");
        // Names are compared between what is left on both sides only, each side a small table of its own
        // (the cooperatives' with a trigram index), so that the work grows with what is left, not with the file.
        update("""
                create temporary table ods_unmatched on commit drop as
                select line, name_key from ods_staging where error is null and cooperative_id is null and name_key <> ''""");
        update("""
                create temporary table ods_candidate on commit drop as
                select c.id, ods_name_key(c.name) as name_key from cooperative c
                where not exists (select 1 from ods_staging m where m.cooperative_id = c.id)""");
        update("create index on ods_candidate using gin (name_key gin_trgm_ops)");
        update("analyze ods_unmatched");
        update("analyze ods_candidate");
        try (PreparedStatement statement = connection.prepareStatement("select set_config('pg_trgm.similarity_threshold', ?, true)")) {
            statement.setString(1, Double.toString(threshold));
            statement.execute();
        }
        update("""
                with pairs as (select u.line, c.id, similarity(u.name_key, c.name_key) as sim
                               from ods_unmatched u join ods_candidate c on c.name_key % u.name_key),
                     best_for_row as (select distinct on (line) line, id, sim from pairs order by line, sim desc, id),
                     best_for_cooperative as (select distinct on (id) id, line from pairs order by id, sim desc, line)
                update ods_staging s set cooperative_id = b.id, matched_by = 'NAME', similarity = round(b.sim::numeric, 3)
                from best_for_row b join best_for_cooperative c on c.id = b.id and c.line = b.line
                where s.line = b.line""");
        update("analyze ods_staging");
    }

    /**
     * Writes the report of reconciliation {@code id}: bad rows, rows only in the ODS, cooperatives
     * only in the register, proposed name matches, and each differing field of a matched row with
     * both values, the register's as of {@code asOf} (status and grade by {@link StandingSql}).
     * Items are numbered in that order, then by line, field and cooperative number.
     */
    public void report(UUID id, LocalDate asOf, Set<OdsField> compared) throws SQLException {
        String sql = StandingSql.with(asOf) + """
                , last_rat as (select cooperative_id, max(financial_year) as year from annual_report
                               where current and meeting_date <= ? group by cooperative_id),
                matched as (select r.*, c.cooperative_number as register_number, c.name as register_name,
                                   c.legal_entity_number as register_legal_entity_number, c.kecamatan_code as register_kecamatan,
                                   st.status as register_status, st.grade as register_grade, l.year as register_last_rat_year
                            from ods_staging r join cooperative c on c.id = r.cooperative_id
                            left join standing st on st.id = c.id
                            left join last_rat l on l.cooperative_id = c.id
                            where r.matched_by in ('NUMBER', 'LEGAL_ENTITY_NUMBER')),
                findings as (
                    select 0 as kind_order, 'BAD_ROW' as kind, r.line, null::uuid as cooperative_id, null as cooperative_number,
                           null as name, r.cooperative_number as ods_cooperative_number, r.name as ods_name, null as matched_by,
                           0 as field_order, null as field, null as register_value, null as ods_value,
                           null::numeric as similarity, r.error as message
                    from ods_staging r where r.error is not null
                    union all
                    select 1, 'ONLY_IN_ODS', r.line, null, null, null, r.cooperative_number, r.name, null, 0, null, null, null,
                           null, null
                    from ods_staging r where r.error is null and r.cooperative_id is null
                    union all
                    select 2, 'ONLY_IN_REGISTER', null, c.id, c.cooperative_number, c.name, null, null, null, 0, null, null, null,
                           null, null
                    from cooperative c where not exists (select 1 from ods_staging m where m.cooperative_id = c.id)
                    union all
                    select 3, 'PROPOSED_MATCH', r.line, c.id, c.cooperative_number, c.name, r.cooperative_number, r.name,
                           'NAME', 0, null, null, null, r.similarity, null
                    from ods_staging r join cooperative c on c.id = r.cooperative_id where r.matched_by = 'NAME'
                    union all
                    select 4, 'DIFFERENCE', m.line, m.cooperative_id, m.register_number, m.register_name, m.cooperative_number,
                           m.name, m.matched_by, d.field_order, d.field, d.register_value, d.ods_value, null, null
                    from matched m
                    cross join lateral (values
                        (0, 'COOPERATIVE_NUMBER', m.register_number, m.cooperative_number,
                            m.matched_by = 'LEGAL_ENTITY_NUMBER' and m.register_number is distinct from m.cooperative_number),
                        (1, 'STATUS', m.register_status, m.status,
                            ? and m.register_status is distinct from m.status),
                        (2, 'GRADE', m.register_grade, m.grade,
                            ? and m.register_grade is distinct from m.grade),
                        (3, 'LAST_RAT_YEAR', m.register_last_rat_year::text, m.last_rat_year::text,
                            ? and m.register_last_rat_year is distinct from m.last_rat_year),
                        (4, 'LEGAL_ENTITY_NUMBER', m.register_legal_entity_number, m.legal_entity_number,
                            ? and legal_entity_key(m.register_legal_entity_number) is distinct from m.legal_entity_key),
                        (5, 'KECAMATAN', m.register_kecamatan, m.kecamatan_code,
                            ? and m.register_kecamatan is distinct from m.kecamatan_code)
                    ) d(field_order, field, register_value, ods_value, differs)
                    where d.differs)
                insert into ods_report_item (reconciliation_id, item, kind, line, cooperative_id, cooperative_number, name,
                                             ods_cooperative_number, ods_name, matched_by, field, register_value, ods_value,
                                             similarity, message)
                select ?, row_number() over (order by kind_order, line nulls last, field_order, cooperative_number nulls last,
                                                      name, cooperative_id),
                       kind, line, cooperative_id, cooperative_number, name, ods_cooperative_number, ods_name, matched_by, field,
                       register_value, ods_value, similarity, message
                from findings""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            statement.setObject(p++, asOf);
            for (OdsField field : new OdsField[]{OdsField.STATUS, OdsField.GRADE, OdsField.LAST_RAT_YEAR,
                    OdsField.LEGAL_ENTITY_NUMBER, OdsField.KECAMATAN}) {
                statement.setBoolean(p++, compared.contains(field));
            }
            statement.setObject(p, id);
            statement.executeUpdate();
        }
    }

    /** How many rows were matched each way, and how many were bad. */
    public Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select count(*), count(*) filter (where error is not null),
                            count(*) filter (where matched_by = 'NUMBER'), count(*) filter (where matched_by = 'LEGAL_ENTITY_NUMBER')
                     from ods_staging""")) {
            rows.next();
            counts.put("total", rows.getInt(1));
            counts.put("bad", rows.getInt(2));
            counts.put("NUMBER", rows.getInt(3));
            counts.put("LEGAL_ENTITY_NUMBER", rows.getInt(4));
        }
        return counts;
    }

    /** Items of the report by kind, and the matched rows with at least one difference. */
    public Map<String, Integer> itemCounts(UUID id) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select kind, count(*), count(distinct line) from ods_report_item where reconciliation_id = ? group by kind")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                    if ("DIFFERENCE".equals(rows.getString(1))) {
                        counts.put("DIFFERENCE_LINES", rows.getInt(3));
                    }
                }
            }
        }
        return counts;
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
