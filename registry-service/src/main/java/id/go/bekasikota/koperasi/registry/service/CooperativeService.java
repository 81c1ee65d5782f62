package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.domain.Jenis;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the register: each one a transaction that saves the change and its events together. */
@ApplicationScoped
public class CooperativeService {

    private final EventOutbox outbox;
    private final CooperativeMapper mapper;
    private final Clock clock;

    public CooperativeService(EventOutbox outbox, CooperativeMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public CooperativeWithStanding register(CooperativeRequest request) {
        validate(request);
        refuseDuplicateNumber(request.cooperativeNumber(), null);
        Cooperative cooperative = new Cooperative();
        mapper.apply(request, cooperative);
        var events = Cooperative.register(cooperative);
        cooperative.persist();
        outbox.append(events);
        return withStanding(cooperative);
    }

    @Transactional
    public Optional<CooperativeWithStanding> find(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id).map(this::withStanding);
    }

    @Transactional
    public Page<CooperativeWithStanding> list(PageRequest paging, String name, String kecamatanCode) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (name != null && !name.isBlank()) {
            where.append(" and lower(name) like :name");
            params.and("name", "%" + name.trim().toLowerCase() + "%");
        }
        if (kecamatanCode != null && !kecamatanCode.isBlank()) {
            where.append(" and kecamatanCode = :kecamatan");
            params.and("kecamatan", kecamatanCode);
        }
        var query = Cooperative.<Cooperative>find(where.toString(), Sort.by("name").and("id"), params);
        List<Cooperative> items = query.page(paging.page() - 1, paging.size()).list();
        return Page.of(items.stream().map(this::withStanding).toList(), paging, query.count());
    }

    @Transactional
    public AnnualReport fileReport(UUID cooperativeId, AnnualReportRequest request, String filedBy) {
        Cooperative cooperative = require(cooperativeId);
        validate(cooperative, request);
        AnnualReport report = mapper.toReport(request);
        var events = cooperative.file(report, filedBy);
        report.persist();
        outbox.append(events);
        return report;
    }

    @Transactional
    public List<AnnualReport> reports(UUID cooperativeId) {
        return List.copyOf(require(cooperativeId).annualReports);
    }

    @Transactional
    public Standing standing(UUID cooperativeId, LocalDate asOf) {
        return require(cooperativeId).standing(asOf);
    }

    private CooperativeWithStanding withStanding(Cooperative cooperative) {
        return new CooperativeWithStanding(cooperative, cooperative.standing(today()));
    }

    public Cooperative require(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cooperative", id));
    }

    public void requireVersion(Cooperative cooperative, String ifMatch) {
        EntityTags.requireMatch(ifMatch, cooperative.version);
    }

    private void refuseDuplicateNumber(String number, UUID self) {
        if (number == null) {
            return;
        }
        Cooperative.<Cooperative>find("cooperativeNumber", number).firstResultOptional()
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.duplicate("Cooperative number " + number + " is registered already to "
                            + existing.name, existing.id.toString());
                });
    }

    private void validate(CooperativeRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.jenis() == Jenis.SIMPAN_PINJAM && request.savingsLoanScope() == null) {
            errors.add(new Problem.FieldError("savingsLoanScope", "is required for a savings-and-loan cooperative"));
        }
        if (request.jenis() != Jenis.SIMPAN_PINJAM && request.savingsLoanScope() != null) {
            errors.add(new Problem.FieldError("savingsLoanScope", "applies to savings-and-loan cooperatives only"));
        }
        if ((request.kbliCode() == null) != (request.kbliEdition() == null)) {
            errors.add(new Problem.FieldError(request.kbliCode() == null ? "kbliCode" : "kbliEdition",
                    "kbliCode and kbliEdition go together"));
        }
        if (request.legalEntityDate() != null && request.legalEntityDate().isBefore(request.foundedOn())) {
            errors.add(new Problem.FieldError("legalEntityDate", "cannot be before foundedOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void validate(Cooperative cooperative, AnnualReportRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int year = request.financialYear();
        LocalDate today = today();
        if (year >= today.getYear()) {
            errors.add(new Problem.FieldError("financialYear", "must be a closed financial year (before " + today.getYear() + ")"));
        }
        if (year < cooperative.foundedOn.getYear()) {
            errors.add(new Problem.FieldError("financialYear", "is before the cooperative was founded (" + cooperative.foundedOn + ")"));
        }
        if (!request.meetingDate().isAfter(LocalDate.of(year, 12, 31))) {
            errors.add(new Problem.FieldError("meetingDate", "must be after the financial year " + year + " closed"));
        }
        if (request.meetingDate().isAfter(today)) {
            errors.add(new Problem.FieldError("meetingDate", "cannot be in the future"));
        }
        if (cooperative.dissolvedOn != null) {
            errors.add(new Problem.FieldError("cooperativeId", "the cooperative was dissolved on " + cooperative.dissolvedOn));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
