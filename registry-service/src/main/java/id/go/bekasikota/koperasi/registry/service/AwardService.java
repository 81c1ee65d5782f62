package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.domain.Award;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The award history of a cooperative, as kept from the awards service's events. */
@ApplicationScoped
public class AwardService {

    private final CooperativeService cooperatives;

    public AwardService(CooperativeService cooperatives) {
        this.cooperatives = cooperatives;
    }

    @Transactional
    public Page<Award> history(UUID cooperativeId, PageRequest paging) {
        cooperatives.require(cooperativeId);
        var query = Award.<Award>find("cooperativeId", Sort.descending("year").and("announcedOn", Sort.Direction.Descending)
                .and("rank").and("id"), cooperativeId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }
}
