package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.financing.domain.Applicant;
import id.go.bekasikota.koperasi.financing.domain.Eligibility;
import id.go.bekasikota.koperasi.financing.domain.EligibilityRules;
import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Loan eligibility against this service's projection of the register and its own loans. The
 * projection is fed by the registry's events only; a cooperative it does not know is unknown here.
 */
@ApplicationScoped
public class EligibilityService {

    private final FinancingProgramService programs;

    public EligibilityService(FinancingProgramService programs) {
        this.programs = programs;
    }

    /** The preview: every rule's outcome for a cooperative, a program, and optionally an amount and tenor. */
    @Transactional
    public Eligibility preview(UUID cooperativeId, UUID programId, Long amount, Integer tenorMonths, LocalDate asOf) {
        CooperativeProjection cooperative = CooperativeProjection.find(cooperativeId)
                .orElseThrow(() -> ProblemException.notFound(Subjects.COOPERATIVE, cooperativeId));
        FinancingProgram program = programs.require(programId);
        return EligibilityRules.evaluate(applicant(cooperative), program.terms(), amount, tenorMonths, asOf);
    }

    /** The rules for an application as it stands, as of {@code asOf}. */
    Eligibility evaluate(CooperativeProjection cooperative, FinancingProgram program, LoanApplication application, LocalDate asOf) {
        return EligibilityRules.evaluate(applicant(cooperative), program.terms(), application.requestedAmount,
                application.requestedTenorMonths, asOf);
    }

    private static Applicant applicant(CooperativeProjection cooperative) {
        boolean defaulted = LoanApplication.count("cooperativeId = ?1 and state = ?2", cooperative.id,
                LoanApplicationState.DEFAULTED) > 0;
        return new Applicant(cooperative.foundedOn, cooperative.dissolvedOn, cooperative.jenis, cooperative.kbliCode,
                cooperative.annualReports, defaulted);
    }
}
