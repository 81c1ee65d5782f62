package id.go.bekasikota.koperasi.platform.inbox;

import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ApplyFailureTest {

    private static RuntimeException wrapping(Throwable cause) {
        return new IllegalStateException("could not execute statement", cause);
    }

    @Test
    void aDeadlockOrASerializationFailureIsTriedFiveTimesInAll() {
        for (String state : new String[] {"40P01", "40001"}) {
            ApplyFailure failure = ApplyFailure.of(wrapping(new SQLException("rolled back", state)));
            assertThat(failure).as(state).isEqualTo(ApplyFailure.CONTENTION);
            assertThat(failure.triedAgain(1)).isTrue();
            assertThat(failure.triedAgain(4)).as("after the fourth try, a fifth").isTrue();
            assertThat(failure.triedAgain(5)).as("after the fifth, a refusal").isFalse();
        }
    }

    @Test
    void aTransactionThatTimedOutIsTriedTwiceInAll() {
        ApplyFailure failure = ApplyFailure.of(wrapping(new RollbackException("ARJUNA016102: The transaction is not active! Uid is 0:ffff")));
        assertThat(failure).isEqualTo(ApplyFailure.TIMED_OUT);
        assertThat(failure.triedAgain(1)).isTrue();
        assertThat(failure.triedAgain(2)).isFalse();
    }

    @Test
    void aDatabaseThatIsDownIsWaitedFor() {
        ApplyFailure failure = ApplyFailure.of(wrapping(new SQLException("terminating connection", "57P01")));
        assertThat(failure).isEqualTo(ApplyFailure.DATABASE_DOWN);
        assertThat(failure.triedAgain(1_000)).isTrue();
    }

    @Test
    void anythingElseIsARefusal() {
        assertThat(ApplyFailure.of(wrapping(new SQLException("duplicate key", "23505")))).isEqualTo(ApplyFailure.REFUSED);
        assertThat(ApplyFailure.of(new PoisonMessageException("lacks id", null))).isEqualTo(ApplyFailure.REFUSED);
        assertThat(ApplyFailure.of(new RollbackException("ARJUNA016053: Could not commit transaction."))).isEqualTo(ApplyFailure.REFUSED);
        assertThat(ApplyFailure.REFUSED.triedAgain(1)).isFalse();
    }
}
