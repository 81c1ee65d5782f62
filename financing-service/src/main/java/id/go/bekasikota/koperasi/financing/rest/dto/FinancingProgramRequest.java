package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import id.go.bekasikota.koperasi.financing.domain.PartnerKind;
import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import id.go.bekasikota.koperasi.tokens.PartnerIds;

import java.time.LocalDate;
import java.util.List;

/** A partner's soft-loan program as the office registers it (create and full update). */
@Schema(name = "FinancingProgramRequest")
public record FinancingProgramRequest(
        @CodeText @NotBlank @Size(max = PartnerIds.LENGTH) @Pattern(regexp = PartnerIds.PATTERN, message = "{financing.partner-id.pattern}")
        @Schema(description = "The partner's id, as in the partner_id claim of its tokens", example = "lpdb-kumkm") String partnerId,
        @NotBlank @Size(max = 200) @Schema(example = "LPDB-KUMKM") @NameText String partnerName,
        @NotNull @Schema(example = "FUND") PartnerKind partnerKind,
        @NotBlank @Size(max = 200) @Schema(example = "Dana bergulir modal kerja koperasi 2026") @NameText String name,
        @CodeText @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{financing.scheme.pattern}")
        @Schema(example = "LPDB_KUMKM") String scheme,
        @NotNull @DecimalMin(value = "0", message = "{financing.rate.min}") @DecimalMax(value = "0.5", message = "{financing.rate.max}")
        @Digits(integer = 1, fraction = 6, message = "{financing.rate.digits}")
        @Schema(description = "Annual rate as a decimal: 0.055 is 5.5% a year", example = "0.055") BigDecimal annualRate,
        @NotNull @Schema(example = "DECLINING_BALANCE") ScheduleMethod method,
        @NotNull @Min(value = 1, message = "{financing.amount.min}") @Schema(example = "50000000") Long minAmount,
        @NotNull @Min(value = 1, message = "{financing.amount.min}") @Max(value = 1_000_000_000_000L, message = "{financing.amount.max}")
        @Schema(example = "5000000000") Long maxAmount,
        @NotNull @Min(1) @Max(360) @Schema(example = "12") Integer minTenorMonths,
        @NotNull @Min(1) @Max(360) @Schema(example = "60") Integer maxTenorMonths,
        @Size(max = 5) @Schema(description = "Jenis accepted; empty accepts every jenis", example = "[\"SIMPAN_PINJAM\", \"PRODUSEN\"]")
        List<@NotNull @Pattern(regexp = "SIMPAN_PINJAM|KONSUMEN|PRODUSEN|PEMASARAN|JASA",
                message = "{financing.jenis.pattern}") String> allowedJenis,
        @Size(max = 100) @Schema(description = "KBLI code prefixes accepted (1 to 5 digits); empty accepts every code", example = "[\"64\", \"32\"]")
        List<@NotNull @Pattern(regexp = "[0-9]{1,5}", message = "{financing.kbli-prefix.pattern}") String> allowedKbliPrefixes,
        @NotNull @Schema(example = "2026-01-01") LocalDate opensOn,
        @Schema(description = "Last day applications are accepted; absent for open-ended programs", example = "2026-12-31") LocalDate closesOn,
        @Size(max = 30) @Schema(description = "Document types an application must carry before it is submitted",
                example = "[\"PROPOSAL\", \"RAT_MINUTES\", \"FINANCIAL_STATEMENT\"]")
        List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}", message = "{financing.document-type.pattern}") String> requiredDocuments) {
}
