package id.go.bekasikota.koperasi.financing.domain;

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

import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoanApplicationStateTest {

    /** The lifecycle as the brief states it, written out independently of the implementation. */
    private static final Map<LoanApplicationState, Set<LoanApplicationState>> LEGAL = Map.ofEntries(
            Map.entry(DRAFT, Set.of(SUBMITTED, WITHDRAWN)),
            Map.entry(SUBMITTED, Set.of(VERIFIED, RETURNED, WITHDRAWN)),
            Map.entry(RETURNED, Set.of(SUBMITTED, WITHDRAWN)),
            Map.entry(VERIFIED, Set.of(RECOMMENDED, REJECTED, WITHDRAWN)),
            Map.entry(RECOMMENDED, Set.of(FORWARDED, WITHDRAWN)),
            Map.entry(REJECTED, Set.of()),
            Map.entry(FORWARDED, Set.of(APPROVED, DECLINED, WITHDRAWN)),
            Map.entry(APPROVED, Set.of(DISBURSED)),
            Map.entry(DECLINED, Set.of()),
            Map.entry(DISBURSED, Set.of(REPAYING, DEFAULTED)),
            Map.entry(REPAYING, Set.of(SETTLED, DEFAULTED)),
            Map.entry(SETTLED, Set.of()),
            Map.entry(DEFAULTED, Set.of(SETTLED)),
            Map.entry(WITHDRAWN, Set.of()));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(values()).flatMap(from -> Arrays.stream(values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsLegalExactlyWhenTheLifecycleSaysSo(LoanApplicationState from, LoanApplicationState to) {
        boolean legal = LEGAL.get(from).contains(to);
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        LoanAction action = LoanAction.leadingTo(to);
        if (to == DRAFT) {
            assertThat(action).isEqualTo(LoanAction.CREATE);
            assertThatThrownBy(() -> action.from(from)).isInstanceOf(ProblemException.class);
        } else if (legal) {
            assertThat(action.from(from)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> action.from(from))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                        assertThat(e.type().status()).isEqualTo(409);
                        assertThat(e.extensions()).containsEntry("currentState", from.name());
                        assertThat(e.getMessage()).isEqualTo("Cannot " + action.label() + " in state " + from.name());
                    });
        }
    }

    @Test
    void theCooperativeMayWithdrawOnlyBeforeTheDecision() {
        assertThat(Arrays.stream(values()).filter(s -> s.canMoveTo(WITHDRAWN)))
                .containsExactlyInAnyOrder(DRAFT, SUBMITTED, RETURNED, VERIFIED, RECOMMENDED, FORWARDED);
    }

    @Test
    void aReturnedApplicationComesBackAsSubmitted() {
        LoanApplicationState state = LoanAction.SUBMIT.from(DRAFT);
        state = LoanAction.RETURN.from(state);
        assertThat(state).isEqualTo(RETURNED);
        assertThat(LoanAction.SUBMIT.from(state)).isEqualTo(SUBMITTED);
    }

    @Test
    void theWholeLifeOfARepaidLoan() {
        LoanApplicationState state = DRAFT;
        for (LoanAction action : new LoanAction[]{LoanAction.SUBMIT, LoanAction.VERIFY, LoanAction.RECOMMEND, LoanAction.FORWARD,
                LoanAction.APPROVE, LoanAction.DISBURSE, LoanAction.START_REPAYING, LoanAction.SETTLE}) {
            state = action.from(state);
        }
        assertThat(state).isEqualTo(SETTLED);
        assertThat(state.isFinal()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(LoanApplicationState.class)
    void theNextStatesAndFinalityAreTheLifecyclesOwn(LoanApplicationState state) {
        assertThat(state.next()).isEqualTo(LEGAL.get(state));
        assertThat(state.isFinal()).isEqualTo(LEGAL.get(state).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = LoanApplicationState.class, names = {"REJECTED", "DECLINED", "SETTLED", "WITHDRAWN"})
    void finalStatesHaveNoWayOut(LoanApplicationState state) {
        assertThat(state.isFinal()).isTrue();
        assertThat(state.next()).isEmpty();
    }

    @Test
    void thePartnerSeesAnApplicationFromForwardingOn() {
        assertThat(Arrays.stream(values()).filter(LoanApplicationState::forwarded))
                .containsExactlyInAnyOrder(FORWARDED, APPROVED, DECLINED, DISBURSED, REPAYING, SETTLED, DEFAULTED);
        assertThat(Arrays.stream(values()).filter(LoanApplicationState::editable)).containsExactlyInAnyOrder(DRAFT, RETURNED);
        assertThat(Arrays.stream(values()).filter(LoanApplicationState::outstanding)).containsExactlyInAnyOrder(DISBURSED, REPAYING, DEFAULTED);
    }

    @Test
    void creatingIsNotAMoveFromAnyState() {
        assertThatThrownBy(() -> LoanAction.CREATE.from(null)).isInstanceOf(ProblemException.class)
                .hasMessage("Cannot create in state NONE");
        assertThat(LoanAction.START_REPAYING.label()).isEqualTo("start repaying");
    }
}
