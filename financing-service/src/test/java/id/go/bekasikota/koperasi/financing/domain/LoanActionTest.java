package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Who may take which action on an application, held against a table written out here (DESIGN.md 4 and 7). */
class LoanActionTest {

    static final UUID COOPERATIVE = UUID.randomUUID();
    static final String PARTNER = "bank-bjb";

    /** Every kind of caller, for an application of {@link #COOPERATIVE} under {@link #PARTNER}'s program. */
    static final Map<String, Actor> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("officer", Actor.officer("petugas@dinas"));
        CALLERS.put("auditor", new Actor("auditor@inspektorat", ActorRole.AUDITOR, null, null));
        CALLERS.put("juror", new Actor("juri-1", ActorRole.JUROR, null, null));
        CALLERS.put("the applicant", new Actor("koperasi@a", ActorRole.COOPERATIVE, COOPERATIVE, null));
        CALLERS.put("another cooperative", new Actor("koperasi@b", ActorRole.COOPERATIVE, UUID.randomUUID(), null));
        CALLERS.put("the partner", new Actor("user@bjb", ActorRole.PARTNER, null, PARTNER));
        CALLERS.put("another partner", new Actor("user@bri", ActorRole.PARTNER, null, "bank-bri"));
        CALLERS.put("the service", Actor.system("arrears-evaluation"));
    }

    /** The table: who may take each action. Written from the lifecycle, not read from {@link LoanAction}. */
    static Set<String> allowed(LoanAction action) {
        return switch (action) {
            case CREATE, SUBMIT, WITHDRAW, CORRECT, ATTACH_DOCUMENT, REMOVE_DOCUMENT -> Set.of("officer", "the applicant");
            case RETURN, VERIFY, RECOMMEND, REJECT, FORWARD -> Set.of("officer");
            case APPROVE, DECLINE, DISBURSE, START_REPAYING, SETTLE -> Set.of("the partner");
            case DEFAULT -> Set.of("the service");
        };
    }

    @Test
    void everyActionIsTakenOnlyByItsParty() {
        for (LoanAction action : LoanAction.values()) {
            for (Map.Entry<String, Actor> caller : CALLERS.entrySet()) {
                boolean expected = allowed(action).contains(caller.getKey());
                assertThat(action.party().includes(caller.getValue(), COOPERATIVE, PARTNER))
                        .as("%s may %s: %s", caller.getKey(), action.label(), expected).isEqualTo(expected);
                if (expected) {
                    assertThatCode(() -> action.authorize(caller.getValue(), COOPERATIVE, PARTNER)).doesNotThrowAnyException();
                } else {
                    ProblemException refusal = catchThrowableOfType(ProblemException.class,
                            () -> action.authorize(caller.getValue(), COOPERATIVE, PARTNER));
                    assertThat(refusal).as("%s may not %s", caller.getKey(), action.label()).isNotNull();
                    assertThat(refusal.type()).isEqualTo(ProblemType.FORBIDDEN);
                }
            }
        }
    }

    @Test
    void refusalsSayWhoMayAct() {
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> LoanAction.VERIFY.authorize(CALLERS.get("the partner"), COOPERATIVE, PARTNER)))
                .hasMessage("Only an officer may verify an application");
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> LoanAction.APPROVE.authorize(CALLERS.get("officer"), COOPERATIVE, PARTNER)))
                .hasMessage("Only the partner of the application's program may approve an application");
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> LoanAction.WITHDRAW.authorize(CALLERS.get("another cooperative"), COOPERATIVE, PARTNER)))
                .hasMessage("Only the applicant cooperative or an officer may withdraw an application");
    }

    @Test
    void returnRejectAndDeclineMustSayWhy() {
        EnumSet<LoanAction> withReason = EnumSet.noneOf(LoanAction.class);
        for (LoanAction action : LoanAction.values()) {
            if (action.reasonRequired()) {
                withReason.add(action);
            }
        }
        assertThat(withReason).containsExactlyInAnyOrder(LoanAction.RETURN, LoanAction.REJECT, LoanAction.DECLINE);
    }
}
