package id.go.bekasikota.koperasi.awards.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an award program stands. The legal moves are listed here once; {@link ProgramAction}
 * names them for the history and for the refusal of an illegal one.
 */
public enum ProgramState {
    /** Nominations (inside the window), jury, conflicts of interest and scoring; the terms may change. */
    OPEN,
    /** Ranks, totals, breakdowns and winners fixed; scores frozen. */
    FINALISED,
    /** Winners published (on or after the announcement date); winners may be forwarded to the next round. Final. */
    ANNOUNCED;

    private static final Map<ProgramState, Set<ProgramState>> NEXT = new EnumMap<>(ProgramState.class);

    static {
        NEXT.put(OPEN, EnumSet.of(FINALISED));
        NEXT.put(FINALISED, EnumSet.of(ANNOUNCED));
        NEXT.put(ANNOUNCED, EnumSet.noneOf(ProgramState.class));
    }

    /** The states this one may move to. */
    public Set<ProgramState> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(ProgramState target) {
        return NEXT.get(this).contains(target);
    }

    /** No move leaves this state. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** The program's terms, its jury, its nominations and their scores may still change. */
    public boolean open() {
        return this == OPEN;
    }
}
