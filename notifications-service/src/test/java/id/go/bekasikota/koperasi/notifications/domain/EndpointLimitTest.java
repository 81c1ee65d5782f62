package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EndpointLimitTest {

    @Test
    void aTwentiethActiveSubscriptionIsTakenATwentyFirstIsNot() {
        assertThatCode(() -> EndpointLimit.requireRoomBeside(0)).doesNotThrowAnyException();
        assertThatCode(() -> EndpointLimit.requireRoomBeside(19)).doesNotThrowAnyException();
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> EndpointLimit.requireRoomBeside(20));
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refused.extensions().get("reasons")).isEqualTo(java.util.List.of(
                "The owner has 20 active subscriptions; at most 20 may be active: deactivate one (PUT with active false) before activating another."));
        assertThat(catchThrowableOfType(ProblemException.class, () -> EndpointLimit.requireRoomBeside(25))).isNotNull();
    }
}
