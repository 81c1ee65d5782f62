package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.domain.ProgramDefinition;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partners' financing programs: registered and updated by the office, read by everyone. */
@ApplicationScoped
public class FinancingProgramService {

    private final Today today;

    public FinancingProgramService(Today today) {
        this.today = today;
    }

    @Transactional
    public FinancingProgram create(ProgramDefinition definition, Actor actor) {
        FinancingProgram program = FinancingProgram.define(definition, actor, today.now());
        program.persist();
        return program;
    }

    /**
     * Full update with If-Match. The partner cannot change once applications name the program, nor the rate rise or
     * the method change while applications are under way ({@link FinancingProgram#redefine}). The row is locked for
     * update before the applications are counted: a submission holds it shared ({@link #findToApplyUnder}), so it is
     * either counted or made under the new terms.
     */
    @Transactional
    public FinancingProgram replace(UUID id, String ifMatch, ProgramDefinition definition, Actor actor) {
        FinancingProgram program = FinancingProgram.<FinancingProgram>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(Subjects.PROGRAM, id));
        EntityTags.requireMatch(ifMatch, program.version);
        program.redefine(definition, LoanApplication.count("programId", program.id),
                LoanApplication.count("programId = ?1 and state in ?2", program.id, UNDER_WAY), actor, today.now());
        return program;
    }

    /** Applications a cooperative made under the program's terms, not yet decided by the partner. */
    static final List<LoanApplicationState> UNDER_WAY = List.of(LoanApplicationState.SUBMITTED, LoanApplicationState.RETURNED,
            LoanApplicationState.VERIFIED, LoanApplicationState.RECOMMENDED, LoanApplicationState.FORWARDED);

    @Transactional
    public Optional<FinancingProgram> find(UUID id) {
        return FinancingProgram.findByIdOptional(id);
    }

    /**
     * The program, its row shared-locked until the caller's transaction ends: an application made under
     * it meanwhile takes the partner it has when the application commits. A partner's change
     * ({@link #replace}, which locks the row for update and then counts the applications) either waits
     * for the application and is refused, or is done first and the application sees the new partner.
     * Whether the program accepts applications today is the application's own rule, asked when it is opened under the
     * program or moved to it ({@code LoanApplication.open}, {@code correct}: 422 naming {@code programId}).
     */
    public Optional<FinancingProgram> findToApplyUnder(UUID id) {
        return FinancingProgram.findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    public FinancingProgram require(UUID id) {
        return FinancingProgram.<FinancingProgram>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(Subjects.PROGRAM, id));
    }

    /** Programs by name (then id), optionally one partner's, one scheme's, or those open on a date. */
    @Transactional
    public Page<FinancingProgram> list(String partnerId, String scheme, LocalDate openOn, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (partnerId != null && !partnerId.isBlank()) {
            where.add("partnerId = :partner");
            parameters.and("partner", partnerId.strip());
        }
        if (scheme != null && !scheme.isBlank()) {
            where.add("scheme = :scheme");
            parameters.and("scheme", scheme.strip());
        }
        if (openOn != null) {
            where.add("opensOn <= :date and (closesOn is null or closesOn >= :date)");
            parameters.and("date", openOn);
        }
        Sort sort = Sort.by("name").and("id");
        PanacheQuery<FinancingProgram> query = where.isEmpty()
                ? FinancingProgram.findAll(sort)
                : FinancingProgram.find(String.join(" and ", where), sort, parameters);
        List<FinancingProgram> items = query.page(paging.page() - 1, paging.size()).list();
        return Page.of(items, paging, query.count());
    }
}
