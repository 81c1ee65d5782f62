package id.go.bekasikota.koperasi.registry.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Cooperatives ranked by a key (greater first), then cooperative number, then id, with what each is
 * ranked by, so that a write can be taken in without ranking them all again: {@link #reranked} takes
 * out the cooperatives a write touched and puts back, each at its place, those that still belong. At a
 * national register ranking them all takes the database one second or more; a write touches one
 * cooperative, or a few thousand.
 *
 * <p>Two lists are kept so: the worklist, whose key packs its first three keys ({@link WorklistPlace#place()},
 * {@link Worklist#ORDER}), and the early warning, by number then id alone (every key 0,
 * {@link Place#byNumber}). The order is the database's ({@code PlanningSql.worklistOrder},
 * {@code PlanningSql.byNumber}): cooperative numbers compared byte by byte in UTF-8 (PostgreSQL's "C"
 * collation), none last; ids as PostgreSQL compares them (unsigned, most significant half first). Held
 * in arrays, 28 bytes a cooperative plus its number's (a national register's 350,000 inactive
 * cooperatives, 14-digit numbers, in about 15 MB): the ids, the keys, the numbers' bytes in one array
 * with their starts.
 *
 * <p>A ranking read from the database checks its order as it is built ({@link #inOrder()}): a ranking
 * the database ordered otherwise than this class would (another collation) is never patched.
 */
public final class CooperativeRanking {

    /** The ranked cooperatives' ids. */
    private final RankedCooperatives ids;
    /** The keys: a greater one ranks first. */
    private final long[] keys;
    /** The numbers' UTF-8 bytes one after the other; the i-th runs from {@code numberStarts[i]} to {@code numberStarts[i + 1]}. */
    private final byte[] numbers;
    private final int[] numberStarts;
    /** The ranks (from 0) of cooperatives without a number. */
    private final BitSet noNumber;
    private final boolean inOrder;

    private CooperativeRanking(RankedCooperatives ids, long[] keys, byte[] numbers, int[] numberStarts, BitSet noNumber,
                               boolean inOrder) {
        this.ids = ids;
        this.keys = keys;
        this.numbers = numbers;
        this.numberStarts = numberStarts;
        this.noNumber = noNumber;
        this.inOrder = inOrder;
    }

    /**
     * Where a cooperative stands in a ranking: what it is ranked by, and nothing else.
     *
     * @param key               greater ranks first
     * @param cooperativeNumber its cooperative number (null: none, ranked after every number)
     */
    public record Place(UUID id, long key, String cooperativeNumber) {

        /** A place in a ranking by cooperative number, then id (the early warning's). */
        public static Place byNumber(UUID id, String cooperativeNumber) {
            return new Place(id, 0, cooperativeNumber);
        }
    }

    /** The places in the order given (a ranking read from the database, or a test's). */
    public static CooperativeRanking of(List<Place> places) {
        Builder builder = new Builder();
        places.forEach(builder::add);
        return builder.build();
    }

    public int size() {
        return ids.size();
    }

    /** Whether every cooperative was added after the one ranked before it (the database sorted as this class does). */
    public boolean inOrder() {
        return inOrder;
    }

    /** The ranked cooperatives, first to visit first. */
    public RankedCooperatives cooperatives() {
        return ids;
    }

    /**
     * This ranking after writes: every cooperative of {@code written} is taken out, and each of
     * {@code ranked} (those of them in the list after the writes, as they are now) is put at its
     * place. The others keep their order.
     *
     * @throws IllegalArgumentException if a cooperative of {@code ranked} is not one of {@code written}
     * @throws IllegalStateException    if this ranking is not {@link #inOrder()}
     */
    public CooperativeRanking reranked(Collection<UUID> written, Collection<Place> ranked) {
        if (!inOrder) {
            throw new IllegalStateException("a ranking out of its order cannot be patched");
        }
        Set<UUID> touched = new HashSet<>(written);
        Entry[] added = new Entry[ranked.size()];
        int a = 0;
        for (Place place : ranked) {
            if (!touched.contains(place.id())) {
                throw new IllegalArgumentException("cooperative " + place.id() + " is not among those written");
            }
            added[a++] = Entry.of(place);
        }
        Arrays.sort(added, CooperativeRanking::compare);
        long[] taken = sortedHalves(touched);

        // One pass over this ranking, copying its arrays' slices, the added merged in at their places:
        // no object per cooperative (a national register's 350,000 are merged in a few milliseconds).
        int size = size();
        int capacity = size + added.length;
        int addedBytes = 0;
        for (Entry entry : added) {
            addedBytes += entry.number == null ? 0 : entry.number.length;
        }
        RankedCooperatives.Builder mergedIds = new RankedCooperatives.Builder(capacity);
        long[] mergedKeys = new long[capacity];
        int[] mergedStarts = new int[capacity + 1];
        byte[] mergedNumbers = new byte[numbers.length + addedBytes];
        BitSet mergedNoNumber = new BitSet();
        int merged = 0;
        int next = 0;
        for (int i = 0; i < size; i++) {
            long most = ids.mostSignificant(i);
            long least = ids.leastSignificant(i);
            if (contains(taken, most, least)) {
                continue;
            }
            for (; next < added.length && compare(added[next], i) < 0; next++, merged++) {
                put(added[next], merged, mergedIds, mergedKeys, mergedStarts, mergedNumbers, mergedNoNumber);
            }
            mergedIds.add(most, least);
            mergedKeys[merged] = keys[i];
            int start = mergedStarts[merged];
            int length = numberStarts[i + 1] - numberStarts[i];
            System.arraycopy(numbers, numberStarts[i], mergedNumbers, start, length);
            mergedStarts[merged + 1] = start + length;
            if (noNumber.get(i)) {
                mergedNoNumber.set(merged);
            }
            merged++;
        }
        for (; next < added.length; next++, merged++) {
            put(added[next], merged, mergedIds, mergedKeys, mergedStarts, mergedNumbers, mergedNoNumber);
        }
        return new CooperativeRanking(mergedIds.build(), Arrays.copyOf(mergedKeys, merged),
                Arrays.copyOf(mergedNumbers, mergedStarts[merged]), Arrays.copyOf(mergedStarts, merged + 1), mergedNoNumber, true);
    }

    private static void put(Entry entry, int at, RankedCooperatives.Builder ids, long[] keys, int[] starts, byte[] numbers,
                            BitSet noNumber) {
        ids.add(entry.mostSignificant, entry.leastSignificant);
        keys[at] = entry.key;
        int length = entry.number == null ? 0 : entry.number.length;
        if (entry.number == null) {
            noNumber.set(at);
        } else {
            System.arraycopy(entry.number, 0, numbers, starts[at], length);
        }
        starts[at + 1] = starts[at] + length;
    }

    /** A cooperative to rank, as the arrays hold it. */
    private record Entry(long mostSignificant, long leastSignificant, long key, byte[] number) {

        static Entry of(Place place) {
            return new Entry(place.id().getMostSignificantBits(), place.id().getLeastSignificantBits(), place.key(),
                    place.cooperativeNumber() == null ? null : place.cooperativeNumber().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int compare(Entry x, Entry y) {
        int byKeys = Long.compare(y.key, x.key);
        if (byKeys != 0) {
            return byKeys;
        }
        int byNumber = compareNumbers(x.number, 0, x.number == null ? 0 : x.number.length,
                y.number, 0, y.number == null ? 0 : y.number.length);
        if (byNumber != 0) {
            return byNumber;
        }
        return compareIds(x.mostSignificant, x.leastSignificant, y.mostSignificant, y.leastSignificant);
    }

    /** How an entry compares with this ranking's i-th cooperative. */
    private int compare(Entry x, int i) {
        int byKeys = Long.compare(keys[i], x.key);
        if (byKeys != 0) {
            return byKeys;
        }
        int byNumber = noNumber.get(i)
                ? compareNumbers(x.number, 0, x.number == null ? 0 : x.number.length, null, 0, 0)
                : compareNumbers(x.number, 0, x.number == null ? 0 : x.number.length, numbers, numberStarts[i], numberStarts[i + 1]);
        if (byNumber != 0) {
            return byNumber;
        }
        return compareIds(x.mostSignificant, x.leastSignificant, ids.mostSignificant(i), ids.leastSignificant(i));
    }

    /** Byte by byte, unsigned (PostgreSQL's "C" collation of UTF-8 text); none last. */
    private static int compareNumbers(byte[] x, int xFrom, int xTo, byte[] y, int yFrom, int yTo) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return Arrays.compareUnsigned(x, xFrom, xTo, y, yFrom, yTo);
    }

    /** As PostgreSQL compares uuids (and their text): byte by byte, the most significant half first. */
    private static int compareIds(long xMost, long xLeast, long yMost, long yLeast) {
        int byMost = Long.compareUnsigned(xMost, yMost);
        return byMost != 0 ? byMost : Long.compareUnsigned(xLeast, yLeast);
    }

    private static long[] sortedHalves(Set<UUID> ids) {
        UUID[] sorted = ids.toArray(UUID[]::new);
        Arrays.sort(sorted, (x, y) -> compareIds(x.getMostSignificantBits(), x.getLeastSignificantBits(),
                y.getMostSignificantBits(), y.getLeastSignificantBits()));
        long[] halves = new long[2 * sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            halves[2 * i] = sorted[i].getMostSignificantBits();
            halves[2 * i + 1] = sorted[i].getLeastSignificantBits();
        }
        return halves;
    }

    private static boolean contains(long[] sortedHalves, long most, long least) {
        int low = 0;
        int high = sortedHalves.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = compareIds(sortedHalves[2 * middle], sortedHalves[2 * middle + 1], most, least);
            if (c < 0) {
                low = middle + 1;
            } else if (c > 0) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Collects places in the order they are added, noting whether that is the ranking's order. */
    public static final class Builder {

        private final RankedCooperatives.Builder ids = new RankedCooperatives.Builder();
        private long[] keys = new long[64];
        private byte[] numbers = new byte[1024];
        private int[] numberStarts = new int[65];
        private final BitSet noNumber = new BitSet();
        private int size;
        private boolean inOrder = true;
        private Entry last;

        public Builder add(Place place) {
            return add(Entry.of(place));
        }

        private Builder add(Entry entry) {
            return add(entry.mostSignificant, entry.leastSignificant, entry.key, entry.number);
        }

        private Builder add(long most, long least, long key, byte[] number) {
            Entry entry = new Entry(most, least, key, number);
            if (last != null && compare(last, entry) >= 0) {
                inOrder = false;
            }
            last = entry;
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                numberStarts = Arrays.copyOf(numberStarts, 2 * size + 1);
            }
            ids.add(most, least);
            keys[size] = key;
            int start = numberStarts[size];
            if (number == null) {
                noNumber.set(size);
                numberStarts[size + 1] = start;
            } else {
                if (start + number.length > numbers.length) {
                    numbers = Arrays.copyOf(numbers, Math.max(2 * numbers.length, start + number.length));
                }
                System.arraycopy(number, 0, numbers, start, number.length);
                numberStarts[size + 1] = start + number.length;
            }
            size++;
            return this;
        }

        public CooperativeRanking build() {
            return new CooperativeRanking(ids.build(), Arrays.copyOf(keys, size),
                    Arrays.copyOf(numbers, numberStarts[size]), Arrays.copyOf(numberStarts, size + 1),
                    (BitSet) noNumber.clone(), inOrder);
        }
    }
}
