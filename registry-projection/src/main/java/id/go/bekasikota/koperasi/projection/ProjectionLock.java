package id.go.bekasikota.koperasi.projection;

/**
 * The PostgreSQL advisory lock between the live consumer and a rebuild: every event the
 * consumer applies holds it shared for its transaction; the rebuild's switch holds it
 * exclusively, so no event is applied while the tables change places, and every event applied
 * before is on the topic the switch reads up to.
 */
public final class ProjectionLock {

    /** "REBUILD" in ASCII. */
    public static final long KEY = 0x52454255494C44L;

    private ProjectionLock() {
    }
}
