package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A bulk import of cooperatives from CSV, with its report (kept for later reading). The report is
 * bounded however large the file: the counts are exact, the rows listed are those written or
 * matched (when the import wrote) and the first {@code rowLimit} rejected rows; every rejected row
 * is counted per field at fault.
 */
@Entity
@Table(name = "cooperative_import")
public class CooperativeImport extends PanacheEntityBase {

    public enum Mode {
        /** Any rejected row: nothing is written. */
        ALL_OR_NOTHING,
        /** Valid rows are written, rejected rows are reported. */
        VALID_ROWS_ONLY
    }

    public enum Outcome {
        /** Rows were written (or were unchanged). */
        APPLIED,
        /** ALL_OR_NOTHING with rejected rows: nothing was written. */
        REJECTED
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "imported_by")
    public String importedBy;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "total_rows")
    public int totalRows;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    /** The rows listed (see the class comment). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ImportRow> rows = new ArrayList<>();
    /** Rejected rows per field at fault: every rejected row counts once for each of its fields. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "errors_by_field")
    public Map<String, Integer> errorsByField = new TreeMap<>();
    /** Rejected rows beyond the first {@code rowLimit}: counted, not listed. */
    @Column(name = "rejected_rows_omitted")
    public int rejectedRowsOmitted;
    @Transient
    private int rowLimit;

    /** What happened to one data row of the file. */
    public enum RowOutcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /**
     * @param row               the spreadsheet row number (the header is row 1; empty rows count, a quoted cell spanning lines is one row)
     * @param cooperativeNumber as given in the row, cut to {@link #NUMBER_LENGTH} characters (a rejected row's can be any text)
     * @param cooperativeId     the cooperative created, updated or matched (null when rejected)
     * @param errors            the fields at fault of a rejected row
     */
    public record ImportRow(int row, String cooperativeNumber, RowOutcome outcome, UUID cooperativeId,
                            List<String> changedFields, List<RowError> errors) {

        public static final int NUMBER_LENGTH = 100;

        public ImportRow {
            cooperativeNumber = Problem.clip(cooperativeNumber, NUMBER_LENGTH);
        }
    }

    public record RowError(String field, String message) {
    }

    /**
     * Starts the report of a file whose rows are all planned: ALL_OR_NOTHING with a rejected row
     * writes nothing (outcome REJECTED), anything else writes its valid rows (APPLIED).
     *
     * @param rowLimit how many rejected rows are listed at most
     */
    public static CooperativeImport begin(Mode mode, boolean anyRejected, Actor actor, Instant startedAt, int rowLimit) {
        CooperativeImport report = new CooperativeImport();
        report.id = UUID.randomUUID();
        report.mode = mode;
        report.outcome = mode == Mode.ALL_OR_NOTHING && anyRejected ? Outcome.REJECTED : Outcome.APPLIED;
        report.importedBy = actor.subject();
        report.startedAt = startedAt;
        report.rowLimit = rowLimit;
        return report;
    }

    /** Whether the import writes its valid rows. */
    public boolean writes() {
        return outcome == Outcome.APPLIED;
    }

    /** Counts a row and lists it where the report keeps it. */
    public void record(ImportRow row) {
        totalRows++;
        switch (row.outcome()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REJECTED -> rejected++;
        }
        if (row.outcome() == RowOutcome.REJECTED) {
            row.errors().stream().map(RowError::field).distinct().forEach(field -> errorsByField.merge(field, 1, Integer::sum));
            if (rejected <= rowLimit) {
                rows.add(row);
            } else {
                rejectedRowsOmitted++;
            }
        } else if (writes()) {
            rows.add(row);
        }
    }

    public void finish(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }
}
