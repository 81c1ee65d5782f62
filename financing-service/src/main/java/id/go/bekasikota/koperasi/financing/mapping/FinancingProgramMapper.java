package id.go.bekasikota.koperasi.financing.mapping;

import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.ProgramDefinition;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramView;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Programs between the API and the domain. */
@ApplicationScoped
public class FinancingProgramMapper {

    /** The program as the office defines it: names stripped, lists without repeats. */
    public ProgramDefinition toDefinition(FinancingProgramRequest request) {
        return new ProgramDefinition(request.partnerId().strip(), request.partnerName().strip(), request.partnerKind(),
                request.name().strip(), request.scheme(), request.annualRate(), request.method(), request.minAmount(),
                request.maxAmount(), request.minTenorMonths(), request.maxTenorMonths(), distinct(request.allowedJenis()),
                distinct(request.allowedKbliPrefixes()), request.opensOn(), request.closesOn(),
                distinct(request.requiredDocuments()));
    }

    /** @param withActors the office and auditors: who defined and last changed it (account names are the office's) */
    public FinancingProgramView toView(FinancingProgram program, LocalDate today, boolean withActors) {
        return new FinancingProgramView(program.id, program.partnerId, program.partnerName, program.partnerKind.name(),
                program.name, program.scheme, rate(program.annualRate), program.method.name(), program.minAmount,
                program.maxAmount, program.minTenorMonths, program.maxTenorMonths, List.copyOf(program.allowedJenis),
                List.copyOf(program.allowedKbliPrefixes), program.opensOn, program.closesOn,
                List.copyOf(program.requiredDocuments), program.terms().openOn(today), program.version,
                program.createdAt, program.updatedAt, withActors ? program.createdBy : null, withActors ? program.updatedBy : null);
    }

    /** Rates as people write them: 0.055, not 0.055000. */
    public static BigDecimal rate(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
