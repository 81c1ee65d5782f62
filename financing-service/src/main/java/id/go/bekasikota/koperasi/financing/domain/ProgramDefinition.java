package id.go.bekasikota.koperasi.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A partner's program as the office defines it (registration and full update). */
public record ProgramDefinition(String partnerId, String partnerName, PartnerKind partnerKind, String name, String scheme,
                                BigDecimal annualRate, ScheduleMethod method, long minAmount, long maxAmount,
                                int minTenorMonths, int maxTenorMonths, List<String> allowedJenis,
                                List<String> allowedKbliPrefixes, LocalDate opensOn, LocalDate closesOn,
                                List<String> requiredDocuments) {

    public ProgramDefinition {
        allowedJenis = allowedJenis == null ? List.of() : List.copyOf(allowedJenis);
        allowedKbliPrefixes = allowedKbliPrefixes == null ? List.of() : List.copyOf(allowedKbliPrefixes);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
    }
}
