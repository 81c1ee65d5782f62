package id.go.bekasikota.koperasi.registry.domain.ods;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A reconciliation of the register with an ODS export: who uploaded it, when, the register's
 * date it compares with, and the counts of its report ({@code ods_report_item}).
 */
@Entity
@Table(name = "ods_reconciliation")
public class OdsReconciliation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "as_of")
    public LocalDate asOf;
    @Column(name = "file_name")
    public String fileName;
    /** {@code ,}, {@code ;} or {@code \t}. */
    public String separator;
    /** The compared fields, comma-separated ({@link OdsField} names). */
    @Column(name = "compared_fields")
    public String comparedFields;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "total_rows")
    public int totalRows;
    @Column(name = "bad_rows")
    public int badRows;
    @Column(name = "matched_by_number")
    public int matchedByNumber;
    @Column(name = "matched_by_legal_entity")
    public int matchedByLegalEntity;
    @Column(name = "proposed_matches")
    public int proposedMatches;
    @Column(name = "only_in_ods")
    public int onlyInOds;
    @Column(name = "only_in_register")
    public int onlyInRegister;
    @Column(name = "matched_with_differences")
    public int matchedWithDifferences;
    public int differences;

    public Set<OdsField> compared() {
        if (comparedFields == null || comparedFields.isEmpty()) {
            return EnumSet.noneOf(OdsField.class);
        }
        return Arrays.stream(comparedFields.split(",")).map(OdsField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OdsField.class)));
    }

    public static String fields(Set<OdsField> fields) {
        return fields.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
