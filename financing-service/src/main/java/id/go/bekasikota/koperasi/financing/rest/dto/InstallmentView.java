package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One installment of a disbursed loan with what has been paid on it. Whole rupiah. */
@Schema(name = "ScheduledInstallment")
public record InstallmentView(
        @Schema(example = "1") int number,
        @Schema(example = "2026-09-20") LocalDate dueDate,
        @Schema(example = "6631000") long principal,
        @Schema(example = "916667") long interest,
        @Schema(example = "7547667") long amount,
        @Schema(description = "Principal left after this installment, per schedule", example = "193369000") long balance,
        long principalPaid,
        long interestPaid,
        boolean paid) {
}
