package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ChangeCursor;
import id.go.bekasikota.koperasi.registry.domain.RegisterChange;
import id.go.bekasikota.koperasi.registry.domain.RegisterEntry;
import id.go.bekasikota.koperasi.registry.rest.dto.BranchData;
import id.go.bekasikota.koperasi.registry.rest.dto.ChangesPageView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Changes of the register -> a page of the feed, in the public or the full view. */
@ApplicationScoped
public class ChangesMapper {

    private final Today today;

    public ChangesMapper(Today today) {
        this.today = today;
    }

    /**
     * @param changes up to {@code limit + 1} changes after {@code after}: one more than the page says whether more follow
     */
    public ChangesPageView toPage(List<RegisterChange> changes, ChangeCursor after, int limit, boolean full) {
        List<RegisterChange> page = changes.size() > limit ? changes.subList(0, limit) : changes;
        ChangeCursor next = page.isEmpty() ? after : page.get(page.size() - 1).cursor();
        return new ChangesPageView(page.stream().map(c -> toView(c, full)).toList(), next.encode(), changes.size() > limit);
    }

    /** The page's entity tag: the same request answers the same page until a change arrives (or one is compacted away). */
    public String etag(ChangesPageView page, String after, int limit, boolean full) {
        return "\"" + (full ? "f" : "p") + "." + limit + "." + after + "." + page.next() + "." + page.items().size() + "\"";
    }

    private ChangesPageView.Change toView(RegisterChange change, boolean full) {
        RegisterEntry e = change.cooperative();
        return new ChangesPageView.Change(change.cursor().encode(), change.changedAt(), new ChangesPageView.Entry(
                e.id(), e.version(), e.cooperativeNumber(), e.name(), e.legalEntityNumber(), e.legalEntityDate(), e.jenis(),
                e.bentuk(), e.kelompok(), e.kbliCode(), e.kbliEdition(), e.savingsLoanScope(), e.address(), e.kecamatanCode(),
                CooperativeMapper.kecamatanName(e.kecamatanCode()), e.kelurahan(), e.foundedOn(),
                full ? e.phone() : null, full ? e.email() : null,
                e.branches().stream().map(b -> new BranchData(b.name(), b.address(), b.kecamatanCode())).toList(),
                e.members(), e.latestReportYear(), e.assets(), e.dissolvedOn(), e.dissolutionLegalBasis(), e.status(), e.grade(),
                e.underReactivation(), full ? e.reportsForStanding(standingDay(change)) : null, e.createdAt(), e.updatedAt()));
    }

    /** The day the entry's status and grade are of; for an entry written before it was recorded, the office's date of the change. */
    private LocalDate standingDay(RegisterChange change) {
        LocalDate recorded = change.cooperative().standingAsOf();
        return recorded != null ? recorded : LocalDate.ofInstant(change.changedAt(), today.zone());
    }
}
