package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A loan application and, once disbursed, its loan figures. Amounts in whole rupiah. */
@Schema(name = "LoanApplication")
public record LoanApplicationView(
        UUID id,
        UUID cooperativeId,
        @Schema(example = "Koperasi Boneka Bekasi") String cooperativeName,
        UUID programId,
        @Schema(example = "lpdb-kumkm") String partnerId,
        @Schema(example = "SUBMITTED") String state,
        @Schema(description = "The states the application may move to from here", example = "[\"VERIFIED\", \"RETURNED\", \"WITHDRAWN\"]")
        List<String> nextStates,
        @Schema(example = "250000000") long requestedAmount,
        @Schema(example = "36") int requestedTenorMonths,
        String purpose,
        @Schema(example = "200000000") Long approvedAmount,
        @Schema(example = "0.055") BigDecimal approvedAnnualRate,
        @Schema(example = "36") Integer approvedTenorMonths,
        @Schema(example = "DECLINING_BALANCE") String scheduleMethod,
        LocalDate disbursedOn,
        String disbursementReference,
        @Schema(description = "The reason given with the latest return, rejection, decline or withdrawal") String lastReason,
        @Schema(description = "Principal still owed (disbursed loans)", example = "183412000") Long outstandingPrincipal,
        @Schema(description = "Days since the due date of the oldest installment not fully paid, as of today") Integer daysPastDue,
        Instant submittedAt,
        Instant forwardedAt,
        Instant decidedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The ETag of the application is this version in quotes") long version) {
}
