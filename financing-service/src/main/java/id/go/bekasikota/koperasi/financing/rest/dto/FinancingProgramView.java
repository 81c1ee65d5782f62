package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import id.go.bekasikota.koperasi.financing.domain.PartnerKind;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A financing program as everyone may read it. */
@Schema(name = "FinancingProgram")
public record FinancingProgramView(
        UUID id,
        @Schema(maxLength = 64, example = "lpdb-kumkm") String partnerId,
        @Schema(maxLength = 200, example = "LPDB-KUMKM") String partnerName,
        @Schema(implementation = PartnerKind.class, example = "FUND") String partnerKind,
        @Schema(maxLength = 200, example = "Dana bergulir modal kerja koperasi 2026") String name,
        @Schema(maxLength = 40, example = "LPDB_KUMKM") String scheme,
        @Schema(example = "0.055") BigDecimal annualRate,
        @Schema(implementation = ScheduleMethod.class, example = "DECLINING_BALANCE") String method,
        @Schema(example = "50000000") long minAmount,
        @Schema(example = "5000000000") long maxAmount,
        @Schema(example = "12") int minTenorMonths,
        @Schema(example = "60") int maxTenorMonths,
        @Schema(maxItems = 5) List<@Size(max = 13) String> allowedJenis,
        @Schema(maxItems = 100) List<@Size(max = 5) String> allowedKbliPrefixes,
        LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Schema(maxItems = 30) List<@Size(max = 50) String> requiredDocuments,
        @Schema(description = "Accepts applications today (office time)") boolean open,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares") long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "Who defined it; to the office and auditors only, absent for a program defined before it was kept",
                example = "officer@bekasikota.go.id") String createdBy,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "Who last changed it (its definer until a change); to the office and auditors only",
                example = "officer@bekasikota.go.id") String updatedBy) {
}
