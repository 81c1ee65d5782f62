package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import id.go.bekasikota.koperasi.financing.domain.PartnerKind;
import jakarta.annotation.Nullable;
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
        @Schema(example = "lpdb-kumkm") String partnerId,
        @Schema(example = "LPDB-KUMKM") String partnerName,
        @Schema(implementation = PartnerKind.class, example = "FUND") String partnerKind,
        @Schema(example = "Dana bergulir modal kerja koperasi 2026") String name,
        @Schema(example = "LPDB_KUMKM") String scheme,
        @Schema(example = "0.055") BigDecimal annualRate,
        @Schema(implementation = ScheduleMethod.class, example = "DECLINING_BALANCE") String method,
        @Schema(example = "50000000") long minAmount,
        @Schema(example = "5000000000") long maxAmount,
        @Schema(example = "12") int minTenorMonths,
        @Schema(example = "60") int maxTenorMonths,
        List<String> allowedJenis,
        List<String> allowedKbliPrefixes,
        LocalDate opensOn,
        @Nullable LocalDate closesOn,
        List<String> requiredDocuments,
        @Schema(description = "Accepts applications today (office time)") boolean open,
        @Schema(description = "The ETag of the program is this version in quotes") long version,
        Instant createdAt,
        Instant updatedAt) {
}
