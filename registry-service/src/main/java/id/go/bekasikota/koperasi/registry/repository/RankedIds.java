package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.RankedCooperatives;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;

import java.util.UUID;
import java.util.stream.Stream;

/** Reads the ids a query selects, in its order, a few thousand rows per round trip, into a compact list. */
public final class RankedIds {

    /** Ids read per round trip: the register's million take 200. */
    private static final int FETCH_SIZE = 5_000;

    private RankedIds() {
    }

    /** @param query a native query selecting one uuid column, created with {@code UUID.class}, its parameters set */
    public static RankedCooperatives read(Query query) {
        RankedCooperatives.Builder ranked = new RankedCooperatives.Builder();
        try (Stream<?> ids = query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
            ids.forEach(id -> ranked.add((UUID) id));
        }
        return ranked.build();
    }
}
