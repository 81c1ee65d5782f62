package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The partner paid the approved amount out on this date. */
@Schema(name = "DisbursementRequest")
public record DisbursementRequest(
        @NotNull @Schema(description = "An office date (Asia/Jakarta, UTC+7): not after today there, not before the decision's office date", example = "2026-08-20") LocalDate disbursedOn,
        @NotBlank @Size(max = 100) @Schema(description = "The partner's own reference of the disbursement", example = "LPDB/DB/2026/08/00417")
        @CodeText String partnerReference) {
}
