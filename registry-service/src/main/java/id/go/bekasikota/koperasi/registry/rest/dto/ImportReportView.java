package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeCsv;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report of a bulk import: exact counts; the rows written or matched (when the import wrote)
 * and the first rejected rows; every rejected row counted per field at fault.
 */
@Schema(name = "ImportReport")
public record ImportReportView(
        UUID id,
        @Schema(enumeration = {"ALL_OR_NOTHING", "VALID_ROWS_ONLY"}, example = "VALID_ROWS_ONLY") String mode,
        @Schema(enumeration = {"APPLIED", "REJECTED"}, description = "APPLIED, or REJECTED when an ALL_OR_NOTHING import wrote nothing", example = "APPLIED") String outcome,
        @Schema(maxLength = Actor.SUBJECT_LENGTH) String importedBy,
        Instant startedAt,
        Instant finishedAt,
        @Schema(example = "10000") int totalRows,
        @Schema(description = "Rows created; in a REJECTED report, the valid rows that would have been (nothing was written)", example = "9990") int created,
        @Schema(description = "Rows updated; in a REJECTED report, the valid rows that would have been (nothing was written)", example = "0") int updated,
        @Schema(example = "0") int unchanged,
        @Schema(example = "10") int rejected,
        @Schema(description = "Rejected rows per field at fault (a row counts once for each of its fields), listed or not",
                example = "{\"foundedOn\": 7, \"kecamatanCode\": 4}") Map<String, Integer> errorsByField,
        @Schema(description = "Rejected rows beyond the first ones listed (koperasi.import.report-rows, default 1,000): counted, not listed",
                example = "0") int rejectedRowsOmitted,
        @Schema(maxItems = CooperativeCsv.MAX_ROWS, description = "In file order: the rows created, updated or found unchanged when the import wrote (none when it "
                + "wrote nothing) and the first rejected rows (1,000 by default)") List<Row> rows) {

    /**
     * @param row the spreadsheet row number: the header is row 1, the first data row is row 2; empty rows, which are
     *            skipped, still count, and a quoted cell spanning lines is one row, as a spreadsheet shows the file
     */
    @Schema(name = "ImportRow")
    public record Row(
            @Schema(description = "The spreadsheet row: the header is row 1, empty rows (skipped) count, a quoted cell spanning "
                    + "lines is one row", example = "2") int row,
            @Nullable @Schema(maxLength = CooperativeImport.ImportRow.NUMBER_LENGTH, example = "3275010010001") String cooperativeNumber,
            @Schema(enumeration = {"CREATED", "UPDATED", "UNCHANGED", "REJECTED"}, description = "CREATED, UPDATED, UNCHANGED or REJECTED", example = "CREATED") String outcome,
            @Nullable UUID cooperativeId,
            @Nullable @Schema(maxItems = 30, description = "For UPDATED rows") List<@Size(max = 30) String> changedFields,
            @Nullable @Schema(maxItems = 100, description = "For REJECTED rows: the columns at fault, or `row` for a row with more or fewer cells than the header has columns") List<RowError> errors) {
    }

    @Schema(name = "ImportRowError")
    public record RowError(@Schema(maxLength = Problem.FIELD_LENGTH, example = "foundedOn") String field,
                           @Schema(maxLength = Problem.MESSAGE_LENGTH, example = "must be a date (YYYY-MM-DD, or DD/MM/YYYY as a spreadsheet in the Indonesian locale saves it)") String message) {
    }
}
