package id.go.bekasikota.koperasi.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A bulk import of cooperatives from CSV, with its row-by-row report (kept for later reading). */
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
    /** The row-by-row report. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ImportRow> rows = new ArrayList<>();

    /** What happened to one data row of the file. */
    public enum RowOutcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /**
     * @param row               the spreadsheet row number (the header is row 1)
     * @param cooperativeNumber as given in the row
     * @param cooperativeId     the cooperative created or updated (null when rejected, or when an
     *                          ALL_OR_NOTHING import wrote nothing)
     * @param errors            the fields at fault of a rejected row
     */
    public record ImportRow(int row, String cooperativeNumber, RowOutcome outcome, UUID cooperativeId,
                            List<String> changedFields, List<RowError> errors) {
    }

    public record RowError(String field, String message) {
    }
}
