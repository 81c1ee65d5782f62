package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static id.go.bekasikota.koperasi.awards.domain.ProgramState.ANNOUNCED;
import static id.go.bekasikota.koperasi.awards.domain.ProgramState.FINALISED;
import static id.go.bekasikota.koperasi.awards.domain.ProgramState.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgramStateTest {

    /** A program's life as the README states it, written out independently of the implementation. */
    private static final Map<ProgramState, Set<ProgramState>> LEGAL = Map.of(
            OPEN, Set.of(FINALISED),
            FINALISED, Set.of(ANNOUNCED),
            ANNOUNCED, Set.of());

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ProgramState.values())
                .flatMap(from -> Arrays.stream(ProgramState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsLegalExactlyWhenTheLifeSaysSo(ProgramState from, ProgramState to) {
        boolean legal = LEGAL.get(from).contains(to);
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        ProgramAction action = ProgramAction.leadingTo(to);
        if (to == OPEN) {
            assertThat(action).isEqualTo(ProgramAction.CREATE);
            assertThatThrownBy(() -> action.from(from)).isInstanceOf(ProblemException.class);
        } else if (legal) {
            assertThat(action.from(from)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> action.from(from)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                assertThat(e.type().status()).isEqualTo(409);
                assertThat(e.extensions()).containsEntry("currentState", from.name());
                assertThat(e.getMessage()).isEqualTo("Cannot " + action.label() + " in state " + from.name());
            });
        }
    }

    @Test
    void onlyAnOpenProgramTakesChangesAndOnlyAnnouncedIsFinal() {
        assertThat(Arrays.stream(ProgramState.values()).filter(ProgramState::open)).containsExactly(OPEN);
        assertThat(Arrays.stream(ProgramState.values()).filter(ProgramState::isFinal)).containsExactly(ANNOUNCED);
        assertThat(ANNOUNCED.next()).isEmpty();
    }

    @Test
    void creatingIsNotAMoveFromAnyState() {
        assertThatThrownBy(() -> ProgramAction.CREATE.from(null)).isInstanceOf(ProblemException.class)
                .hasMessage("Cannot create in state NONE");
        assertThat(ProgramAction.FINALISE.from(OPEN)).isEqualTo(FINALISED);
        assertThat(ProgramAction.ANNOUNCE.from(FINALISED)).isEqualTo(ANNOUNCED);
    }

    @ParameterizedTest
    @EnumSource(ProgramState.class)
    void theNextStatesAreTheLifesOwn(ProgramState state) {
        assertThat(state.next()).isEqualTo(LEGAL.get(state));
    }
}
