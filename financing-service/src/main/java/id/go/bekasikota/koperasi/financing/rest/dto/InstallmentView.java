package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One installment of a disbursed loan with what has been paid on it. Whole rupiah. */
@Schema(name = "ScheduledInstallment")
public record InstallmentView(
        @Schema(example = "1") int number,
        @Schema(example = "2026-09-20") LocalDate dueDate,
        @Schema(example = "5122513") long principal,
        @Schema(example = "916667") long interest,
        @Schema(example = "6039180") long amount,
        @Schema(description = "Principal left after this installment, per schedule", example = "194877487") long balance,
        long principalPaid,
        long interestPaid,
        boolean paid) {
}
