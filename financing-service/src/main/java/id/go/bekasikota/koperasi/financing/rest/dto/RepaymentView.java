package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded repayment and how it paid the installments (oldest first, interest before principal). */
@Schema(name = "Repayment")
public record RepaymentView(
        UUID id,
        UUID applicationId,
        @Schema(example = "7548000") long amount,
        LocalDate paidOn,
        @Schema(maxLength = 100, example = "LPDB/RP/2026/09/11873") String partnerReference,
        long interestPaid,
        long principalPaid,
        @Schema(maxItems = 360) List<Part> allocation,
        Instant recordedAt) {

    @Schema(name = "RepaymentPart")
    public record Part(@Schema(example = "1") int installment, long interest, long principal) {
    }
}
