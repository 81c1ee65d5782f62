package id.go.bekasikota.koperasi.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cooperative numbers (Nomor Induk Koperasi) for tests: 13 digits, starting with Kota Bekasi's
 * region code 3275, never the same twice in one JVM (a random start, then counting up), so tests
 * that share a database never collide and never depend on luck.
 */
public final class CooperativeNumbers {

    private static final long FIRST = 100_000_000L;
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(FIRST, 800_000_000L));

    private CooperativeNumbers() {
    }

    /** A cooperative number no other call in this JVM returns. */
    public static String unique() {
        return "3275" + NEXT.getAndIncrement();
    }
}
