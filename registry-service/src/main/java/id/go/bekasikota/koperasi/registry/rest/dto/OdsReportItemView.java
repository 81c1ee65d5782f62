package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsFindingKind;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReportItem;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One finding of a reconciliation report; register values are those of the reconciliation date. */
@Schema(name = "OdsReportItem")
public record OdsReportItemView(
        @Schema(description = "Number in the report, from 1", example = "12") int item,
        @Schema(implementation = OdsFindingKind.class, description = "BAD_ROW, ONLY_IN_ODS, ONLY_IN_REGISTER, PROPOSED_MATCH or DIFFERENCE", example = "DIFFERENCE") String kind,
        @Nullable @Schema(description = "Line of the ODS file (the header is line 1); none for ONLY_IN_REGISTER", example = "14") Integer line,
        @Nullable UUID cooperativeId,
        @Nullable @Schema(maxLength = 20, description = "The register's NIK Koperasi", example = "3275010010001") String cooperativeNumber,
        @Nullable @Schema(maxLength = 200, description = "The register's name", example = "Koperasi Lima Garuda") String name,
        @Nullable @Schema(maxLength = OdsReportItem.VALUE_LENGTH, description = "NIK Koperasi in the ODS", example = "3275010010001") String odsCooperativeNumber,
        @Nullable @Schema(maxLength = OdsReportItem.VALUE_LENGTH, description = "Name in the ODS", example = "KOPERASI LIMA GARUDA") String odsName,
        @Nullable @Schema(maxLength = 19, description = "NUMBER, LEGAL_ENTITY_NUMBER, or NAME for a proposal", example = "NUMBER") String matchedBy,
        @Nullable @Schema(maxLength = 19, description = "For a DIFFERENCE: COOPERATIVE_NUMBER, STATUS, GRADE, LAST_RAT_YEAR, LEGAL_ENTITY_NUMBER or KECAMATAN", example = "GRADE")
        String field,
        @Nullable @Schema(maxLength = OdsReportItem.VALUE_LENGTH, description = "The register's value (status and grade as of the reconciliation date; kecamatan as its code)", example = "B")
        String registerValue,
        @Nullable @Schema(maxLength = OdsReportItem.VALUE_LENGTH, description = "The ODS's value in the register's vocabulary; absent for an empty cell", example = "A") String odsValue,
        @Nullable @Schema(description = "Name similarity of a proposal, 0 to 1", example = "0.82") BigDecimal similarity,
        @Nullable @Schema(maxLength = OdsReportItem.MESSAGE_LENGTH, description = "Why a BAD_ROW cannot be read, per column", example = "Tahun RAT Terakhir: 'dua ribu' must be a year such as 2024")
        String message,
        @Schema(description = "True for an unconfirmed PROPOSED_MATCH or DIFFERENCE of COOPERATIVE_NUMBER") boolean confirmable,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH) String confirmedBy,
        @Nullable Instant confirmedAt) {
}
