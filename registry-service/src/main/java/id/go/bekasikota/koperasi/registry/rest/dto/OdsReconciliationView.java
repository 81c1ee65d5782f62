package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reconciliation of the register with an ODS export: who, when, and the counts of its report. */
@Schema(name = "OdsReconciliation")
public record OdsReconciliationView(
        UUID id,
        @Schema(description = "The register's date compared with: status and grade by the rules as of it (the upload's office date)")
        LocalDate asOf,
        @Nullable @Schema(maxLength = 200, example = "ods-kota-bekasi-2026-07.csv") String fileName,
        @Schema(maxLength = 9, description = "The separator found in the header line: comma, semicolon or tab", example = "semicolon") String separator,
        @Schema(maxItems = 6, description = "The fields compared for matched rows: those whose column is in the file, and COOPERATIVE_NUMBER for rows matched by legal entity number",
                example = "[\"COOPERATIVE_NUMBER\", \"STATUS\", \"GRADE\", \"LAST_RAT_YEAR\", \"LEGAL_ENTITY_NUMBER\", \"KECAMATAN\"]")
        List<@Size(max = 19) String> comparedFields,
        @Schema(maxLength = Actor.SUBJECT_LENGTH, example = "officer@bekasikota.go.id") String uploadedBy,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Data rows of the file", example = "1004") int totalRows,
        @Schema(description = "Rows that could not be read (items BAD_ROW)", example = "2") int badRows,
        @Schema(description = "Rows matched by NIK Koperasi", example = "990") int matchedByNumber,
        @Schema(description = "Rows matched by legal entity number", example = "3") int matchedByLegalEntityNumber,
        @Schema(description = "Name matches proposed for an officer to confirm", example = "1") int proposedMatches,
        @Schema(example = "8") int onlyInOds,
        @Schema(example = "6") int onlyInRegister,
        @Schema(description = "Matched rows with at least one difference", example = "41") int matchedWithDifferences,
        @Schema(description = "Items DIFFERENCE: one per differing field of a matched row", example = "57") int differences) {
}
