package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.mapping.FinancingProgramMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramRequest;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
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

    private final FinancingProgramMapper mapper;
    private final Today today;

    public FinancingProgramService(FinancingProgramMapper mapper, Today today) {
        this.mapper = mapper;
        this.today = today;
    }

    @Transactional
    public FinancingProgram create(FinancingProgramRequest request) {
        requireConsistent(request);
        FinancingProgram program = new FinancingProgram();
        program.id = UUID.randomUUID();
        mapper.apply(request, program);
        program.createdAt = today.now();
        program.updatedAt = program.createdAt;
        program.persist();
        return program;
    }

    /** Full update with If-Match. The partner cannot change once applications name the program. */
    @Transactional
    public FinancingProgram replace(UUID id, String ifMatch, FinancingProgramRequest request) {
        FinancingProgram program = FinancingProgram.<FinancingProgram>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Financing program", id));
        EntityTags.requireMatch(ifMatch, program.version);
        requireConsistent(request);
        if (!program.partnerId.equals(request.partnerId().strip())
                && LoanApplication.count("programId", program.id) > 0) {
            throw ProblemException.conflict("The program has loan applications: its partner cannot change from "
                    + program.partnerId + " to " + request.partnerId());
        }
        mapper.apply(request, program);
        program.updatedAt = today.now();
        return program;
    }

    @Transactional
    public Optional<FinancingProgram> find(UUID id) {
        return FinancingProgram.findByIdOptional(id);
    }

    public FinancingProgram require(UUID id) {
        return FinancingProgram.<FinancingProgram>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Financing program", id));
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

    private static void requireConsistent(FinancingProgramRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.maxAmount() < request.minAmount()) {
            errors.add(new Problem.FieldError("maxAmount", "must be at least minAmount (" + request.minAmount() + ")"));
        }
        if (request.maxTenorMonths() < request.minTenorMonths()) {
            errors.add(new Problem.FieldError("maxTenorMonths", "must be at least minTenorMonths (" + request.minTenorMonths() + ")"));
        }
        if (request.closesOn() != null && request.closesOn().isBefore(request.opensOn())) {
            errors.add(new Problem.FieldError("closesOn", "cannot be before opensOn (" + request.opensOn() + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
