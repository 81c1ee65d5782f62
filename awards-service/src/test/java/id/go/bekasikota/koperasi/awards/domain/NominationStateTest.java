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

import static id.go.bekasikota.koperasi.awards.domain.NominationState.FORWARDED;
import static id.go.bekasikota.koperasi.awards.domain.NominationState.OUTCOME_RECORDED;
import static id.go.bekasikota.koperasi.awards.domain.NominationState.RANKED;
import static id.go.bekasikota.koperasi.awards.domain.NominationState.SUBMITTED;
import static id.go.bekasikota.koperasi.awards.domain.NominationState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NominationStateTest {

    /** A nomination's life as the README states it, written out independently of the implementation. */
    private static final Map<NominationState, Set<NominationState>> LEGAL = Map.of(
            SUBMITTED, Set.of(WITHDRAWN, RANKED),
            WITHDRAWN, Set.of(),
            RANKED, Set.of(FORWARDED),
            FORWARDED, Set.of(OUTCOME_RECORDED),
            OUTCOME_RECORDED, Set.of());

    static Stream<Arguments> everyPair() {
        return Arrays.stream(NominationState.values())
                .flatMap(from -> Arrays.stream(NominationState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsLegalExactlyWhenTheLifeSaysSo(NominationState from, NominationState to) {
        boolean legal = LEGAL.get(from).contains(to);
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        NominationAction action = NominationAction.leadingTo(to);
        if (to == SUBMITTED) {
            assertThat(action).isEqualTo(NominationAction.NOMINATE);
            assertThatThrownBy(() -> action.from(from)).isInstanceOf(ProblemException.class);
        } else if (legal) {
            assertThat(action.from(from)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> action.from(from)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                assertThat(e.extensions()).containsEntry("currentState", from.name());
                assertThat(e.getMessage()).isEqualTo("Cannot " + action.label() + " in state " + from.name());
            });
        }
    }

    @Test
    void aWithdrawnNominationTakesNoPartAndTheRankedOnesKeepTheirResult() {
        assertThat(Arrays.stream(NominationState.values()).filter(NominationState::takesPart))
                .containsExactlyInAnyOrder(SUBMITTED, RANKED, FORWARDED, OUTCOME_RECORDED);
        assertThat(Arrays.stream(NominationState.values()).filter(NominationState::ranked))
                .containsExactlyInAnyOrder(RANKED, FORWARDED, OUTCOME_RECORDED);
        assertThat(Arrays.stream(NominationState.values()).filter(NominationState::isFinal))
                .containsExactlyInAnyOrder(WITHDRAWN, OUTCOME_RECORDED);
    }

    @Test
    void theWholeLifeOfAWinnerForwardedToTheProvince() {
        NominationState state = SUBMITTED;
        for (NominationAction action : new NominationAction[]{NominationAction.RANK, NominationAction.FORWARD,
                NominationAction.RECORD_OUTCOME}) {
            state = action.from(state);
        }
        assertThat(state).isEqualTo(OUTCOME_RECORDED);
        assertThat(NominationAction.RECORD_OUTCOME.label()).isEqualTo("record outcome");
        assertThatThrownBy(() -> NominationAction.NOMINATE.from(null)).hasMessage("Cannot nominate in state NONE");
    }

    @ParameterizedTest
    @EnumSource(NominationState.class)
    void theNextStatesAreTheLifesOwn(NominationState state) {
        assertThat(state.next()).isEqualTo(LEGAL.get(state));
        assertThat(state.isFinal()).isEqualTo(LEGAL.get(state).isEmpty());
    }
}
