package id.go.bekasikota.koperasi.registry.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Cooperatives in an order (a worklist's ranking, an early warning's list) held as their ids
 * alone, 16 bytes each: a list of the whole national register (a million cooperatives) takes
 * 16 MB instead of the hundreds a list of rows would, so such lists can be kept and paged
 * through. The rows of a page are read when it is served.
 */
public final class RankedCooperatives {

    private static final RankedCooperatives NONE = new RankedCooperatives(new long[0], 0);

    /** Most and least significant halves of each id, interleaved. */
    private final long[] halves;
    private final int size;

    private RankedCooperatives(long[] halves, int size) {
        this.halves = halves;
        this.size = size;
    }

    public static RankedCooperatives of(List<UUID> ids) {
        Builder builder = new Builder();
        ids.forEach(builder::add);
        return builder.build();
    }

    public static RankedCooperatives none() {
        return NONE;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The cooperative ranked {@code rank}-th, from 1. */
    public UUID at(int rank) {
        if (rank < 1 || rank > size) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + size);
        }
        int index = 2 * (rank - 1);
        return new UUID(halves[index], halves[index + 1]);
    }

    /** The most significant half of the id at the index (from 0). */
    long mostSignificant(int index) {
        return halves[2 * index];
    }

    /** The least significant half of the id at the index (from 0). */
    long leastSignificant(int index) {
        return halves[2 * index + 1];
    }

    /**
     * The cooperatives ranked {@code fromRank} to {@code toRank} (both from 1, inclusive), in
     * order; ranks past the end are left out.
     */
    public List<UUID> ranks(int fromRank, int toRank) {
        List<UUID> ids = new ArrayList<>(Math.max(0, Math.min(size, toRank) - fromRank + 1));
        for (int rank = Math.max(1, fromRank); rank <= Math.min(size, toRank); rank++) {
            ids.add(at(rank));
        }
        return ids;
    }

    /** Every cooperative, in order (for tests and small lists). */
    public List<UUID> all() {
        return ranks(1, size);
    }

    /** Collects ids in the order they are added. */
    public static final class Builder {

        private long[] halves;
        private int size;

        public Builder() {
            this(32);
        }

        /** A builder with room for {@code capacity} ids before it grows. */
        public Builder(int capacity) {
            halves = new long[2 * Math.max(1, capacity)];
        }

        public Builder add(UUID id) {
            return add(id.getMostSignificantBits(), id.getLeastSignificantBits());
        }

        /** Adds the id of these halves ({@link UUID#getMostSignificantBits()}, then the least). */
        public Builder add(long mostSignificant, long leastSignificant) {
            if (2 * size == halves.length) {
                halves = Arrays.copyOf(halves, halves.length * 2);
            }
            halves[2 * size] = mostSignificant;
            halves[2 * size + 1] = leastSignificant;
            size++;
            return this;
        }

        public RankedCooperatives build() {
            return size == 0 ? NONE : new RankedCooperatives(Arrays.copyOf(halves, 2 * size), size);
        }
    }
}
