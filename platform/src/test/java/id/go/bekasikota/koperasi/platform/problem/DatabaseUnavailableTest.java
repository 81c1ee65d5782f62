package id.go.bekasikota.koperasi.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures are "unavailable" (503, nothing changed) rather than a fault of ours (500). */
class DatabaseUnavailableTest {

    @Test
    void aSaturatedPoolIsUnavailableNotAnInternalError() {
        // Hibernate wraps Agroal's refusal when every connection of the pool is busy.
        RuntimeException hibernate = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
        assertThat(ProblemMappers.databaseUnavailable(hibernate)).isTrue();
    }

    @Test
    void connectionAndResourceStatesAreUnavailable() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("refused", "08001"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("terminated by administrator", "57P01"))).isTrue();
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void onlyATransactionEndedByItsTimeoutIsATimeout() {
        // What Quarkus's interceptor throws when the reaper rolled the transaction back before its commit.
        RuntimeException reaped = new RuntimeException("Error invoking subclass method",
                new jakarta.transaction.RollbackException("ARJUNA016102: The transaction is not active! Uid is 0:ffff7f000001:ab47:2"));
        assertThat(ProblemMappers.transactionTimedOut(reaped)).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(reaped)).isFalse();
        // A commit refused for another reason (a synchronization failed) is not one.
        assertThat(ProblemMappers.transactionTimedOut(new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.")))
                .isFalse();
        assertThat(ProblemMappers.transactionTimedOut(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void aDeadlockOrASerializationFailureIsAWriteMetAtTheSameMomentToRetry() {
        // Hibernate wraps PostgreSQL's refusal when it chose this transaction to break a deadlock.
        RuntimeException deadlock = new RuntimeException("could not execute statement",
                new SQLException("ERROR: deadlock detected", "40P01"));
        assertThat(ProblemMappers.writesMet(deadlock)).isTrue();
        assertThat(ProblemMappers.writesMet(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(ProblemMappers.writesMet(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ProblemMappers.writesMet(new SQLException("refused", "08001"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(deadlock)).isFalse();
    }

    @Test
    void aUniqueIndexRefusingTheRowIsAValueTakenWrappedOrNot() {
        // At a commit the refusal comes wrapped: transaction manager, Hibernate, then PostgreSQL's.
        RuntimeException atCommit = new RuntimeException(new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."));
        atCommit.getCause().initCause(new RuntimeException("could not execute statement", new SQLException("duplicate key value", "23505")));
        assertThat(ProblemMappers.uniqueValueTaken(atCommit)).isTrue();
        assertThat(ProblemMappers.uniqueValueTaken(new SQLException("duplicate key value", "23505"))).isTrue();
        assertThat(ProblemMappers.uniqueValueTaken(new SQLException("ERROR: deadlock detected", "40P01"))).isFalse();
        assertThat(ProblemMappers.uniqueValueTaken(new RuntimeException("no cause"))).isFalse();
    }
}
