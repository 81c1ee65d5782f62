package id.go.bekasikota.koperasi.financing.mapping;

import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramView;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Programs between the API and the domain. */
@ApplicationScoped
public class FinancingProgramMapper {

    public void apply(FinancingProgramRequest request, FinancingProgram program) {
        program.partnerId = request.partnerId().strip();
        program.partnerName = request.partnerName().strip();
        program.partnerKind = request.partnerKind();
        program.name = request.name().strip();
        program.scheme = request.scheme();
        program.annualRate = request.annualRate();
        program.method = request.method();
        program.minAmount = request.minAmount();
        program.maxAmount = request.maxAmount();
        program.minTenorMonths = request.minTenorMonths();
        program.maxTenorMonths = request.maxTenorMonths();
        program.allowedJenis = distinct(request.allowedJenis());
        program.allowedKbliPrefixes = distinct(request.allowedKbliPrefixes());
        program.opensOn = request.opensOn();
        program.closesOn = request.closesOn();
        program.requiredDocuments = distinct(request.requiredDocuments());
    }

    public FinancingProgramView toView(FinancingProgram program, LocalDate today) {
        return new FinancingProgramView(program.id, program.partnerId, program.partnerName, program.partnerKind.name(),
                program.name, program.scheme, rate(program.annualRate), program.method.name(), program.minAmount,
                program.maxAmount, program.minTenorMonths, program.maxTenorMonths, List.copyOf(program.allowedJenis),
                List.copyOf(program.allowedKbliPrefixes), program.opensOn, program.closesOn,
                List.copyOf(program.requiredDocuments), program.terms().openOn(today), program.version,
                program.createdAt, program.updatedAt);
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
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(String::strip).distinct().toList());
    }
}
