package id.go.bekasikota.koperasi.awards.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a nomination stands. The legal moves are listed here once; {@link NominationAction}
 * names them for the history and for the refusal of an illegal one.
 */
public enum NominationState {
    /** In the running while its program is OPEN: the jury scores it. */
    SUBMITTED,
    /** Withdrawn by the office or the cooperative while the program was OPEN; its scores and conflicts stay on record. Final. */
    WITHDRAWN,
    /** The program's scores were finalised: rank, total, breakdown and whether it won are fixed. */
    RANKED,
    /** A winner forwarded to the next round (province, then national); the outcome there is pending. */
    FORWARDED,
    /** The next round's outcome came back and was recorded. Final. */
    OUTCOME_RECORDED;

    private static final Map<NominationState, Set<NominationState>> NEXT = new EnumMap<>(NominationState.class);

    static {
        NEXT.put(SUBMITTED, EnumSet.of(WITHDRAWN, RANKED));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(NominationState.class));
        // Only a winner, once the program is announced and where there is a next round (guarded by the nomination).
        NEXT.put(RANKED, EnumSet.of(FORWARDED));
        NEXT.put(FORWARDED, EnumSet.of(OUTCOME_RECORDED));
        NEXT.put(OUTCOME_RECORDED, EnumSet.noneOf(NominationState.class));
    }

    /** The states this one may move to. */
    public Set<NominationState> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(NominationState target) {
        return NEXT.get(this).contains(target);
    }

    /** No move leaves this state. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** Takes part in its program: not withdrawn. */
    public boolean takesPart() {
        return this != WITHDRAWN;
    }

    /** Its result (rank, total, winner) is fixed. */
    public boolean ranked() {
        return this == RANKED || this == FORWARDED || this == OUTCOME_RECORDED;
    }
}
