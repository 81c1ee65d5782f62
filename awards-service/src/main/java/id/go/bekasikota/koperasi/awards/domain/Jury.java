package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The jury of one program: the assigned jurors and their declared conflicts of interest. A
 * conflict belongs to juror x cooperative x program, so it bars the juror from every nomination
 * of that cooperative in the program (a re-nomination after a withdrawal included): the juror
 * may neither read nor score them, and its scores of them do not count.
 */
public final class Jury {

    /**
     * The most jurors one program's jury may have at once. A city jury is a handful of people (office, cooperative
     * movement, academics); 25 leaves room for a national round and bounds every list with one entry per juror (a
     * breakdown line's scores and conflicted jurors, the jury itself).
     */
    public static final int MAX_JURORS = 25;

    private final UUID programId;
    private final Map<String, JurorAssignment> assignments = new LinkedHashMap<>();
    private final List<ConflictDeclaration> conflicts;

    /** @param conflicts the program's declarations (others are ignored) */
    public Jury(UUID programId, Collection<JurorAssignment> assignments, Collection<ConflictDeclaration> conflicts) {
        this.programId = programId;
        assignments.stream().filter(a -> programId.equals(a.programId)).forEach(a -> this.assignments.put(a.juror, a));
        this.conflicts = conflicts.stream().filter(c -> programId.equals(c.programId)).toList();
    }

    /** The assigned jurors, by token subject, in order. */
    public Set<String> jurors() {
        return new TreeSet<>(assignments.keySet());
    }

    /** Another juror may join: the jury has fewer than {@link #MAX_JURORS}; otherwise a 422 rule violation. */
    public void requireRoomForAnother() {
        if (assignments.size() >= MAX_JURORS) {
            throw ProblemException.ruleViolation(Text.of("awards.program.jury-full", MAX_JURORS), List.of("The jury has "
                    + assignments.size() + " jurors; at most " + MAX_JURORS + " may sit on one program: remove one before assigning another."));
        }
    }

    public boolean isJuror(String subject) {
        return assignments.containsKey(subject);
    }

    public Optional<JurorAssignment> assignment(String juror) {
        return Optional.ofNullable(assignments.get(juror));
    }

    /**
     * The score was given by a juror sitting on the jury now, during this seat. A juror removed from the jury and seated
     * again starts afresh: the scores of the earlier seat stay (in the nomination's history and the juror's form) but
     * count again only once given again, so a removal's "their scores no longer count" stays true after a re-seating.
     */
    public boolean givenInSeat(JurorScoreRecord score) {
        JurorAssignment seat = assignments.get(score.juror);
        return seat != null && seat.id.equals(score.seatId);
    }

    /** The score counts toward the nomination's total: given during the juror's current seat, without a conflict. */
    public boolean counts(JurorScoreRecord score, UUID cooperativeId) {
        return givenInSeat(score) && !conflicted(score.juror, cooperativeId);
    }

    /** The juror's declaration about this cooperative in this program, whichever nomination it was declared on. */
    public Optional<ConflictDeclaration> conflict(String juror, UUID cooperativeId) {
        return conflicts.stream().filter(c -> c.bars(juror, programId, cooperativeId)).findFirst();
    }

    public boolean conflicted(String juror, UUID cooperativeId) {
        return conflict(juror, cooperativeId).isPresent();
    }

    /** Every juror (assigned or not any more) who declared a conflict with the cooperative in this program. */
    public Set<String> conflictedWith(UUID cooperativeId) {
        return conflicts.stream().filter(c -> c.cooperativeId.equals(cooperativeId)).map(c -> c.juror)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The declarations about the cooperative, oldest first. */
    public List<ConflictDeclaration> conflictsWith(UUID cooperativeId) {
        return conflicts.stream().filter(c -> c.cooperativeId.equals(cooperativeId))
                .sorted(java.util.Comparator.comparing((ConflictDeclaration c) -> c.declaredAt).thenComparing(c -> c.juror))
                .toList();
    }

    /** A juror of this program without a conflict with the cooperative: it reads and scores the cooperative's nominations. */
    public boolean admits(Actor actor, UUID cooperativeId) {
        return actor.role() == ActorRole.JUROR && isJuror(actor.subject()) && !conflicted(actor.subject(), cooperativeId);
    }

    /** The assigned jurors whose scores of the cooperative count. */
    public List<String> ableToScore(UUID cooperativeId) {
        return jurors().stream().filter(j -> !conflicted(j, cooperativeId)).toList();
    }

    /**
     * What keeps a nomination's scores from being final: every assigned juror without a conflict
     * scores every juror-scored indicator; an indicator no juror may score is named too.
     *
     * @param scored {@code juror|indicatorCode} of every score given to the nomination
     */
    public List<String> missingScores(ScoringSheet sheet, Nomination nomination, Set<String> scored) {
        List<String> missing = new ArrayList<>();
        List<String> able = ableToScore(nomination.cooperativeId);
        String who = nomination.cooperativeName + " (" + nomination.cooperativeNumber + ")";
        for (Indicator indicator : sheet.jurorIndicators()) {
            if (able.isEmpty()) {
                missing.add("No juror without a conflict of interest can score " + indicator.code() + " of " + who + ".");
                continue;
            }
            for (String juror : able) {
                if (!scored.contains(juror + "|" + indicator.code())) {
                    missing.add("Juror " + juror + " has not scored " + indicator.code() + " of " + who + ".");
                }
            }
        }
        return missing;
    }
}
