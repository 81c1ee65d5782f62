package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write another changed first at the same moment: 412 when the request named the version it read, else 503 to retry
 * (RFC 9110 13.1.1: no precondition was asked); found at the flush or wrapped at the commit. A unique value taken at the
 * same moment is a 409. Never a 500.
 */
class ConcurrentWritesTest {

    private final ProblemMappers mappers = new ProblemMappers(new ObjectMapper(), null);

    private static HttpHeaders ifMatch(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(ConcurrentWritesTest.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getHeaderString") && HttpHeaders.IF_MATCH.equals(args[0]) ? value : null);
    }

    @Test
    void aRequestThatNamedItsVersionIsA412AndOneThatNamedNoneIsA503ToRetry() {
        assertThat(mappers.concurrentUpdate(new OptimisticLockException(), null, ifMatch("\"3\"")).getStatus()).isEqualTo(412);
        Response none = mappers.concurrentUpdate(new OptimisticLockException(), null, ifMatch(null));
        assertThat(none.getStatus()).isEqualTo(503);
        assertThat(none.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(mappers.concurrentUpdate(new StaleStateException("row gone"), null, ifMatch("*")).getStatus()).isEqualTo(503);
        assertThat(mappers.concurrentUpdate(new StaleStateException("row gone"), null, ifMatch(" ")).getStatus()).isEqualTo(503);
        assertThat(mappers.concurrentUpdate(new StaleStateException("row gone"), null, null).getStatus()).isEqualTo(503);
    }

    @Test
    void wrappedAtTheCommitItIsAnsweredTheSameAndAUniqueValueTakenIsA409() {
        RuntimeException atCommit = new RuntimeException(new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."));
        atCommit.getCause().initCause(new StaleStateException("Batch update returned unexpected row count from update [0]"));
        assertThat(mappers.unexpected(atCommit, null, ifMatch("\"3\"")).getStatus()).isEqualTo(412);
        assertThat(mappers.unexpected(atCommit, null, ifMatch(null)).getStatus()).isEqualTo(503);
        RuntimeException unique = new RuntimeException(new jakarta.transaction.RollbackException("ARJUNA016053"));
        unique.getCause().initCause(new RuntimeException("could not execute statement", new SQLException("duplicate key value", "23505")));
        assertThat(mappers.unexpected(unique, null, ifMatch(null)).getStatus()).isEqualTo(409);
        assertThat(mappers.unexpected(new IllegalStateException("a bug"), null, ifMatch(null)).getStatus()).isEqualTo(500);
    }
}
