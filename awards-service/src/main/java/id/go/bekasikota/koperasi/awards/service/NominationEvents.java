package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.Forwarding;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes;
import id.go.bekasikota.koperasi.contracts.awards.ForwardingOutcomeRecorded;
import id.go.bekasikota.koperasi.contracts.awards.NominationForwarded;
import id.go.bekasikota.koperasi.contracts.awards.NominationSubmitted;
import id.go.bekasikota.koperasi.contracts.awards.NominationWithdrawn;
import id.go.bekasikota.koperasi.contracts.awards.ScoresFinalised;
import id.go.bekasikota.koperasi.contracts.awards.WinnerAnnounced;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The events of a nomination, on {@code awards.nomination.v1}: key = cooperative id, subject =
 * nomination id, aggregate version = the nomination's revision after the change.
 */
final class NominationEvents {

    private NominationEvents() {
    }

    static DomainEvent submitted(AwardProgram p, Nomination n) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.SUBMITTED, v, new NominationSubmitted(n.id, p.id, p.year, p.category.name(),
                jenis(p), p.level.name(), n.cooperativeId, n.cooperativeNumber, n.nominatedByRole, n.submittedOn, Instant.now(), v));
    }

    static DomainEvent withdrawn(Nomination n) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.WITHDRAWN, v, new NominationWithdrawn(n.id, n.programId, n.cooperativeId,
                n.withdrawalReason, n.withdrawnOn, Instant.now(), v));
    }

    static DomainEvent scoresFinalised(AwardProgram p, Nomination n) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.SCORES_FINALISED, v, new ScoresFinalised(n.id, p.id, p.year, p.category.name(), jenis(p),
                p.level.name(), n.cooperativeId, n.cooperativeNumber, n.rank, n.totalScore, n.won(), p.finalisedOn,
                Instant.now(), v));
    }

    static DomainEvent winnerAnnounced(AwardProgram p, Nomination n) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.WINNER_ANNOUNCED, v, new WinnerAnnounced(p.id, p.year, p.category.name(), p.level.name(),
                n.cooperativeId, n.cooperativeNumber, n.rank, n.totalScore, p.announcedOn, n.id, jenis(p), Instant.now(), v));
    }

    static DomainEvent forwarded(AwardProgram p, Nomination n, Forwarding f) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.FORWARDED, v, new NominationForwarded(f.id, n.id, p.id, p.year, p.category.name(), jenis(p),
                f.fromLevel.name(), f.toLevel.name(), n.cooperativeId, n.cooperativeNumber, n.rank, n.totalScore, f.forwardedOn,
                Instant.now(), v));
    }

    static DomainEvent outcomeRecorded(AwardProgram p, Nomination n, Forwarding f) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.FORWARDING_OUTCOME_RECORDED, v, new ForwardingOutcomeRecorded(f.id, n.id, p.id, p.year,
                p.category.name(), f.toLevel.name(), n.cooperativeId, f.outcome.name(), f.outcomeRank, f.decidedOn, f.outcomeNote,
                Instant.now(), v));
    }

    /** A win at the next round, for the cooperative's award history: no total (that round scored it). */
    static DomainEvent wonAtNextRound(AwardProgram p, Nomination n, Forwarding f, LocalDate decidedOn) {
        long v = n.nextRevision();
        return event(n, AwardsEventTypes.WINNER_ANNOUNCED, v, new WinnerAnnounced(p.id, p.year, p.category.name(), f.toLevel.name(),
                n.cooperativeId, n.cooperativeNumber, f.outcomeRank, null, decidedOn, n.id, jenis(p), Instant.now(), v));
    }

    private static String jenis(AwardProgram p) {
        return p.jenis == null ? null : p.jenis.name();
    }

    private static DomainEvent event(Nomination n, String type, long version, Object data) {
        return new DomainEvent(Topics.AWARDS_NOMINATION, type, AwardsEventTypes.AGGREGATE_TYPE, n.id.toString(), version,
                n.cooperativeId.toString(), data);
    }
}
