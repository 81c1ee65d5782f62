package id.go.bekasikota.koperasi.financing.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a financing program accepts. An empty list of jenis or KBLI prefixes means "any".
 *
 * @param allowedKbliPrefixes KBLI code prefixes, e.g. {@code 32} (manufacturing of toys and others) or {@code 64141}
 * @param limits              the amount and tenor ranges and the rate ceiling
 * @param closesOn            last day applications are accepted; null when open-ended
 */
public record ProgramTerms(List<String> allowedJenis, List<String> allowedKbliPrefixes, LoanLimits limits,
                           LocalDate opensOn, LocalDate closesOn) {

    public ProgramTerms {
        allowedJenis = allowedJenis == null ? List.of() : List.copyOf(allowedJenis);
        allowedKbliPrefixes = allowedKbliPrefixes == null ? List.of() : List.copyOf(allowedKbliPrefixes);
    }

    public boolean openOn(LocalDate date) {
        return !date.isBefore(opensOn) && (closesOn == null || !date.isAfter(closesOn));
    }
}
