package id.go.bekasikota.koperasi.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Three failures in a row within 10 s open the circuit for 5 s; the clock is the test's. */
class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), Duration.ofSeconds(5), now::get);

    @Test
    void failuresInARowOpenTheCircuitAndNameTheCause() {
        fail("refused");
        fail("refused");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        fail("timed out");

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals("timed out", breaker.lastOpening().orElseThrow().cause());
        assertEquals(Duration.ofSeconds(5), breaker.retryAfter());
    }

    @Test
    void whatIsNotTheServicesFaultNeverOpensIt() {
        for (int i = 0; i < 100; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.released();
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.lastOpening().isEmpty());
    }

    @Test
    void releasedCallsBetweenFailuresNeitherResetNorAddToTheCount() {
        fail("refused");
        assertTrue(breaker.tryAcquire());
        breaker.released();
        fail("refused");
        assertTrue(breaker.tryAcquire());
        breaker.released();
        fail("refused");
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        fail("refused");
        fail("refused");
        assertTrue(breaker.tryAcquire());
        breaker.succeeded();
        fail("refused");
        fail("refused");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        fail("refused");
        fail("refused");
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        fail("refused");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        fail("refused");
        fail("refused");
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void afterTheResetOneTrialDecides() {
        open();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aFailedTrialOpensItAgainAndAReleasedOneLetsTheNextTry() {
        open();
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertTrue(breaker.tryAcquire());
        breaker.released();
        assertTrue(breaker.tryAcquire(), "the released trial frees its place");
        breaker.failed("answered 500");
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertEquals("answered 500", breaker.lastOpening().orElseThrow().cause());
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertFalse(breaker.tryAcquire());
        assertEquals(Duration.ofSeconds(3), breaker.retryAfter());
    }

    private void open() {
        fail("refused");
        fail("refused");
        fail("refused");
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    private void fail(String cause) {
        assertTrue(breaker.tryAcquire());
        breaker.failed(cause);
    }
}
