package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An award program of one year, category and level, with its scoring sheet. Every change goes
 * through this class: its state moves by {@link ProgramAction} only, each change is written to
 * the history, and finalisation and announcement return the events of the nominations they fix.
 * The service loads, calls, saves and appends the events; it sets no field itself.
 */
@Entity
@Table(name = "award_program")
public class AwardProgram extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public int year;
    public String name;
    @Enumerated(EnumType.STRING)
    public AwardCategory category;
    @Enumerated(EnumType.STRING)
    public Jenis jenis;
    @Enumerated(EnumType.STRING)
    public AwardLevel level;
    @Column(name = "nominations_open_on")
    public LocalDate nominationsOpenOn;
    @Column(name = "nominations_close_on")
    public LocalDate nominationsCloseOn;
    /** Set when an officer closed the nominations before the window's end. */
    @Column(name = "nominations_closed_on")
    public LocalDate nominationsClosedOn;
    @Column(name = "announcement_on")
    public LocalDate announcementOn;
    @Column(name = "self_nomination")
    public boolean selfNomination;
    public int winners;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scoring_sheet")
    public List<Indicator> scoringSheet = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public ProgramState state;
    @Column(name = "finalised_on")
    public LocalDate finalisedOn;
    @Column(name = "finalised_by")
    public String finalisedBy;
    @Column(name = "announced_on")
    public LocalDate announcedOn;
    @Column(name = "announced_by")
    public String announcedBy;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The trail of the program and of its nominations; appended to, never read back here. */
    @OneToMany(mappedBy = "program", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("sequence")
    public List<HistoryEntry> history = new ArrayList<>();

    /** Opens a new program with its terms (400 naming every field at fault). */
    public void create(ProgramTerms terms, Actor actor, Instant now) {
        id = UUID.randomUUID();
        state = ProgramAction.CREATE.target();
        createdBy = actor.subject();
        createdAt = now;
        requireValid(terms);
        apply(terms, now);
        record(HistoryEntry.Action.PROGRAM_CREATED, actor, name, now);
    }

    /**
     * Replaces the terms while OPEN. Once a nomination exists the scoring sheet, year, category,
     * jenis and level are frozen (409): nominations were made and eligibility judged against them;
     * so is the financial year the computed indicators are measured on (F as of the window's close,
     * {@link #assessmentDate}): the window may move, but not across a 1 July that changes F, nor so
     * that it leaves out a day a nomination was made on (409). Terms the program has already change
     * nothing: no version, no trail entry.
     *
     * @param nominated the days the program's nominations were made on ({@link NominatedDays#NONE} before any)
     * @return whether anything changed
     */
    public boolean change(ProgramTerms terms, NominatedDays nominated, Actor actor, Instant now) {
        requireOpen(Text.of("awards.action.change-program"));
        requireValid(terms);
        if (has(terms)) {
            return false;
        }
        if (nominated.any() && (!terms.sheet().sameAs(sheet()) || year != terms.year() || category != terms.category()
                || jenis != terms.jenis() || level != terms.level())) {
            throw ProblemException.conflict(Text.of("awards.program.frozen"));
        }
        if (nominated.any() && nominationsClosedOn == null) {
            int judgedOn = StandingRules.latestDueYear(nominationsCloseOn);
            int wouldBe = StandingRules.latestDueYear(terms.nominationsCloseOn());
            if (judgedOn != wouldBe) {
                throw ProblemException.conflict(Text.of("awards.program.due-year-frozen", judgedOn, Day.of(terms.nominationsCloseOn()), wouldBe));
            }
        }
        if (nominated.leftOutBy(terms.nominationsOpenOn(), terms.nominationsCloseOn())) {
            throw ProblemException.conflict(Text.of("awards.program.window-leaves-out-nominations", Day.of(terms.nominationsOpenOn()),
                    Day.of(terms.nominationsCloseOn()), Day.of(nominated.first()), Day.of(nominated.last())));
        }
        apply(terms, now);
        record(HistoryEntry.Action.PROGRAM_CHANGED, actor, "Window " + nominationsOpenOn + " to " + nominationsCloseOn
                + ", announcement " + announcementOn + ", " + winners + " winner(s)", now);
        return true;
    }

    /** The program's terms are these already (the name as kept, stripped; the sheet's numbers by value). */
    private boolean has(ProgramTerms terms) {
        return year == terms.year() && name.equals(terms.name().strip()) && category == terms.category() && jenis == terms.jenis()
                && level == terms.level() && nominationsOpenOn.equals(terms.nominationsOpenOn())
                && nominationsCloseOn.equals(terms.nominationsCloseOn()) && announcementOn.equals(terms.announcement())
                && selfNomination == terms.selfNomination() && winners == terms.winners() && sheet().sameAs(terms.sheet());
    }

    /**
     * Closes the nominations before the window's end; computed indicators are then measured as of today, on the same
     * F as the window's close ({@link ProgramTerms#violations}: a window never spans a 1 July).
     */
    public void closeNominations(Actor actor, LocalDate today, Instant now) {
        requireOpen(Text.of("awards.action.close-nominations"));
        if (nominationsOver(today)) {
            throw ProblemException.conflict(nominationsClosedOn == null
                    ? Text.of("awards.program.closed-already", nominationsOpenOn, nominationsCloseOn)
                    : Text.of("awards.program.closed-already-on", nominationsOpenOn, nominationsCloseOn, nominationsClosedOn));
        }
        if (today.isBefore(nominationsOpenOn)) {
            throw ProblemException.conflict(Text.of("awards.program.window-not-open", nominationsOpenOn));
        }
        nominationsClosedOn = today;
        updatedAt = now;
        record(HistoryEntry.Action.NOMINATIONS_CLOSED, actor, "Closed early on " + today + " (window to " + nominationsCloseOn + ")", now);
    }

    /**
     * A juror (token subject) joins the jury while OPEN; the assignment is returned for saving. The username is kept in lower
     * case, as the identity provider keeps usernames (Keycloak's are lower case): a seat given as {@code Juri-1@...} is the
     * seat of the juror whose token says {@code juri-1@...}, and the same person cannot be seated twice in two cases.
     */
    public JurorAssignment assignJuror(Jury jury, String juror, Actor actor, Instant now) {
        requireOpen(Text.of("awards.action.assign-juror"));
        String subject = juror.strip().toLowerCase(java.util.Locale.ROOT);
        jury.assignment(subject).ifPresent(existing -> {
            throw ProblemException.duplicate(Text.of("awards.program.juror-assigned", subject), existing.id.toString());
        });
        jury.requireRoomForAnother();
        record(HistoryEntry.Action.JUROR_ASSIGNED, actor, subject, now);
        return JurorAssignment.of(id, subject, actor.subject(), now);
    }

    /** A juror leaves the jury while OPEN (its scores no longer count); the assignment is returned for deleting. */
    public JurorAssignment removeJuror(Jury jury, String juror, Actor actor, Instant now) {
        requireOpen(Text.of("awards.action.remove-juror"));
        // As seated (a seat from before usernames were kept in lower case keeps its case), or in lower case.
        JurorAssignment assignment = jury.assignment(juror).or(() -> jury.assignment(juror.toLowerCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> ProblemException.notFound(Subjects.JUROR, Text.of("awards.not-found.juror-of-program", juror, id)));
        record(HistoryEntry.Action.JUROR_REMOVED, actor, assignment.juror + " (their scores no longer count)", now);
        return assignment;
    }

    /**
     * Fixes ranks, totals, breakdowns and winners once the nominations are over and no score is
     * missing; each nomination records its placing and returns its {@code scores-finalised} event.
     *
     * @param ineligible    the nominations in the running whose cooperative would not be given the award
     *                      ({@link AwardEligibilityRules#atAward}), one line each: the office withdraws them first
     * @param missingScores what the jury has not scored yet (every reason refuses)
     */
    public List<DomainEvent> finalise(List<Placing> placings, List<String> ineligible, List<String> missingScores, Actor actor,
                                      LocalDate today, Instant now) {
        ProgramState target = ProgramAction.FINALISE.from(state);
        if (!nominationsOver(today)) {
            throw ProblemException.ruleViolation(Text.of("awards.program.not-finalisable-yet"), List.of(
                    "The nomination window is open until " + nominationsCloseOn
                            + "; finalise from the day after, or close the nominations first."));
        }
        if (!ineligible.isEmpty()) {
            List<String> reasons = new ArrayList<>(ineligible);
            reasons.addAll(missingScores);
            throw ProblemException.ruleViolation(Text.of("awards.program.nominations-ineligible"), reasons);
        }
        if (!missingScores.isEmpty()) {
            throw ProblemException.ruleViolation(Text.of("awards.program.scores-missing"), missingScores);
        }
        state = target;
        finalisedOn = today;
        finalisedBy = actor.subject();
        updatedAt = now;
        List<DomainEvent> events = new ArrayList<>();
        for (Placing placing : placings) {
            events.add(placing.nomination().rank(this, placing, actor, now));
        }
        record(HistoryEntry.Action.SCORES_FINALISED, actor, placings.size() + " nomination(s) ranked; winners: " + String.join(", ",
                placings.stream().filter(Placing::winner).map(p -> p.rank() + ". " + p.nomination().cooperativeName).toList()), now);
        return events;
    }

    /** Publishes the winners on or after the announcement date: one {@code winner-announced} event per winner. */
    public List<DomainEvent> announce(List<Nomination> winnersToAnnounce, Actor actor, LocalDate today, Instant now) {
        ProgramState target = ProgramAction.ANNOUNCE.from(state);
        if (today.isBefore(announcementOn)) {
            throw ProblemException.ruleViolation(Text.of("awards.program.not-announceable-yet"),
                    List.of("The announcement date is " + announcementOn + "; today is " + today + "."));
        }
        state = target;
        announcedOn = today;
        announcedBy = actor.subject();
        updatedAt = now;
        List<DomainEvent> events = winnersToAnnounce.stream().map(n -> n.announceWin(this, now)).toList();
        record(HistoryEntry.Action.WINNERS_ANNOUNCED, actor, winnersToAnnounce.size() + " winner(s) announced on " + today, now);
        return events;
    }

    /** Refuses (409, naming the state) an action only an OPEN program takes. */
    public void requireOpen(Text action) {
        if (!state.open()) {
            throw ProblemException.illegalTransition(action, state.name());
        }
    }

    public ScoringSheet sheet() {
        return new ScoringSheet(scoringSheet);
    }

    /** The top {@code winners} of the ranking win. */
    public boolean wins(int rank) {
        return rank <= winners;
    }

    /** Nominations are taken on the days of the window, both ends included, unless an officer closed them early. */
    public boolean windowOpenOn(LocalDate date) {
        return nominationsClosedOn == null && !date.isBefore(nominationsOpenOn) && !date.isAfter(nominationsCloseOn);
    }

    /** Nominations are over: the window has passed, or an officer closed them early. */
    public boolean nominationsOver(LocalDate today) {
        return nominationsClosedOn != null || today.isAfter(nominationsCloseOn);
    }

    public boolean announced() {
        return state == ProgramState.ANNOUNCED;
    }

    /** The winners are public once announced; the office sees them once finalised. */
    public boolean winnersVisibleTo(Actor actor) {
        return announced() || (actor.readsEverything() && state == ProgramState.FINALISED);
    }

    /**
     * The date computed indicators are measured as of (F is the latest due financial year then):
     * the close of the nomination window, or the day nominations were closed early. Fixed, so
     * the figures do not move while the jury works.
     */
    public LocalDate assessmentDate() {
        return nominationsClosedOn != null ? nominationsClosedOn : nominationsCloseOn;
    }

    void record(HistoryEntry.Action action, Actor actor, String detail, Instant now) {
        history.add(HistoryEntry.of(this, null, action, actor, detail, now));
    }

    private void requireValid(ProgramTerms terms) {
        List<Violation> violations = terms.violations();
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations.stream().map(v -> new InvalidField(v.field(), Text.verbatim(v.message()))).toList());
        }
    }

    private void apply(ProgramTerms terms, Instant now) {
        year = terms.year();
        name = terms.name().strip();
        category = terms.category();
        jenis = terms.jenis();
        level = terms.level();
        nominationsOpenOn = terms.nominationsOpenOn();
        nominationsCloseOn = terms.nominationsCloseOn();
        announcementOn = terms.announcement();
        selfNomination = terms.selfNomination();
        winners = terms.winners();
        scoringSheet = new ArrayList<>(terms.sheet().indicators());
        updatedAt = now;
    }
}
