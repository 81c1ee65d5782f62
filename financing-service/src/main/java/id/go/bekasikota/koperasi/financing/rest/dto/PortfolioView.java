package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The disbursed loans of a partner or program, as of today. Amounts in whole rupiah. */
@Schema(name = "Portfolio")
public record PortfolioView(
        @Nullable @Schema(maxLength = Actor.PARTNER_ID_LENGTH, description = "The partner asked for; absent for all partners", example = "lpdb-kumkm") String partnerId,
        @Nullable @Schema(description = "The program asked for; absent for all programs") UUID programId,
        LocalDate asOf,
        @Schema(description = "Loans ever disbursed", example = "42") long loans,
        @Schema(description = "Loans with principal still owed (DISBURSED, REPAYING, DEFAULTED)", example = "37") long outstandingLoans,
        @Schema(example = "9250000000") long disbursedTotal,
        @Schema(example = "6120000000") long outstandingPrincipal,
        @Schema(description = "Outstanding principal of loans more than 30 days past due", example = "412000000") long outstandingPrincipalPastDue30,
        @Schema(description = "Portfolio at risk 30: outstandingPrincipalPastDue30 / outstandingPrincipal, 4 decimals; 0 when nothing is outstanding",
                example = "0.0673") BigDecimal par30,
        @Schema(description = "Loans DEFAULTED", example = "2") long defaults) {
}
