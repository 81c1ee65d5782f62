package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import jakarta.annotation.Nullable;
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
        @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String cooperativeName,
        UUID programId,
        @Schema(maxLength = 64, example = "lpdb-kumkm") String partnerId,
        @Schema(implementation = LoanApplicationState.class, example = "SUBMITTED") String state,
        @Schema(type = SchemaType.ARRAY, maxItems = 14, implementation = LoanApplicationState.class, description = "The states the application may move to from here",
                example = "[\"VERIFIED\", \"RETURNED\", \"WITHDRAWN\"]") List<String> nextStates,
        @Schema(example = "250000000") long requestedAmount,
        @Schema(example = "36") int requestedTenorMonths,
        @Schema(maxLength = 2000) String purpose,
        @Nullable @Schema(example = "200000000") Long approvedAmount,
        @Nullable @Schema(example = "0.055") BigDecimal approvedAnnualRate,
        @Nullable @Schema(example = "36") Integer approvedTenorMonths,
        @Nullable @Schema(implementation = ScheduleMethod.class, example = "DECLINING_BALANCE") String scheduleMethod,
        @Nullable LocalDate disbursedOn,
        @Nullable @Schema(maxLength = 100) String disbursementReference,
        @Nullable @Schema(maxLength = 2000, description = "The reason given with the latest return, rejection, decline or withdrawal; a partner reads only "
                + "one given from the forwarding on (its own decline), never the office's before it") String lastReason,
        @Nullable @Schema(description = "Principal still owed (disbursed loans)", example = "183412000") Long outstandingPrincipal,
        @Nullable @Schema(description = "Days since the due date of the oldest installment not fully paid, as of today") Integer daysPastDue,
        @Nullable Instant submittedAt,
        @Nullable Instant forwardedAt,
        @Nullable Instant decidedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares") long version) {
}
