package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.CooperativeFacts;
import id.go.bekasikota.koperasi.awards.domain.LoanRecord;
import id.go.bekasikota.koperasi.awards.domain.LoanStanding;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What the award rules read about a cooperative, from this service's own projections of registry and financing events. */
@ApplicationScoped
public class CooperativeFactsService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperativeFacts> facts(UUID cooperativeId) {
        return CooperativeProjection.find(cooperativeId).map(c -> new CooperativeFacts(c.id, c.cooperativeNumber, c.name, c.jenis,
                c.foundedOn, c.dissolvedOn, c.annualReports, LoanStanding.recordOf(cooperativeId)));
    }

    /** The cooperative's loan record as of an office date (a program's assessment date). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LoanRecord loansAsOf(UUID cooperativeId, LocalDate asOf) {
        return LoanStanding.recordOf(cooperativeId, asOf);
    }
}
