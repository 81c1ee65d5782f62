package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rankings kept to take writes in: the worklist's (its places' keys packed) and the early warning's (by number alone). */
class CooperativeRankingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    /** The worklist's documented order ({@link Worklist#ORDER}), applied to the places through candidates. */
    private static List<UUID> rankedByTheWorklistsOrder(List<WorklistPlace> places) {
        return places.stream()
                .map(p -> new WorklistCandidate(p.id(), p.cooperativeNumber(), "Koperasi", "327501", "JASA", "COMMUNITY",
                        LocalDate.of(2010, 1, 1), p.latestReportYear(), 0, p.underReactivation(), p.lastContactOn()))
                .sorted(Worklist.ORDER).map(WorklistCandidate::id).toList();
    }

    private static List<WorklistPlace> inTheWorklistsOrder(List<WorklistPlace> places) {
        List<UUID> ids = rankedByTheWorklistsOrder(places);
        return ids.stream().map(id -> places.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    /** A place with few distinct values per key, so that ties reach the number and the id. */
    private static WorklistPlace randomPlace(Random random, UUID id) {
        LocalDate contact = random.nextInt(3) == 0 ? null : DAY.minusDays(random.nextInt(4));
        Integer year = random.nextInt(4) == 0 ? null : 2020 + random.nextInt(3);
        String number = random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(30));
        return new WorklistPlace(id, random.nextInt(4) == 0, contact, year, number);
    }

    private static CooperativeRanking ranking(List<WorklistPlace> places) {
        return CooperativeRanking.of(places(places));
    }

    private static List<CooperativeRanking.Place> places(List<WorklistPlace> places) {
        return places.stream().map(WorklistPlace::place).toList();
    }

    private static UUID randomId(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    @Test
    void aRankingReadInTheWorklistsOrderIsInOrderAndKeepsIt() {
        Random random = new Random(17);
        List<WorklistPlace> places = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            places.add(randomPlace(random, randomId(random)));
        }
        List<WorklistPlace> ordered = inTheWorklistsOrder(places);

        CooperativeRanking ranking = ranking(ordered);

        assertThat(ranking.inOrder()).isTrue();
        assertThat(ranking.size()).isEqualTo(500);
        assertThat(ranking.cooperatives().all()).containsExactlyElementsOf(ordered.stream().map(WorklistPlace::id).toList());
    }

    @Test
    void takingInWritesRanksAsRankingTheWholeScopeAgain() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<WorklistPlace> places = new ArrayList<>();
            int ranked = random.nextInt(200);
            for (int i = 0; i < ranked; i++) {
                places.add(randomPlace(random, randomId(random)));
            }
            CooperativeRanking ranking = ranking(inTheWorklistsOrder(places));

            // Rounds of writes, each taken into the ranking the round before left (its numbers and
            // open cases carried over): some ranked cooperatives written, some new ones, each
            // inactive afterwards or not.
            for (int round = 0; round < 4; round++) {
                Set<UUID> written = new HashSet<>();
                places.stream().filter(p -> random.nextInt(5) == 0).forEach(p -> written.add(p.id()));
                int registered = random.nextInt(5);
                for (int i = 0; i < registered; i++) {
                    written.add(randomId(random));
                }
                List<WorklistPlace> inactiveNow = new ArrayList<>();
                for (UUID id : written) {
                    if (random.nextInt(3) > 0) {
                        inactiveNow.add(randomPlace(random, id));
                    }
                }
                List<WorklistPlace> after = new ArrayList<>(places.stream().filter(p -> !written.contains(p.id())).toList());
                after.addAll(inactiveNow);
                Collections.shuffle(inactiveNow, random);

                ranking = ranking.reranked(written, places(inactiveNow));

                assertThat(ranking.cooperatives().all()).as("seed %d, round %d", seed, round)
                        .containsExactlyElementsOf(rankedByTheWorklistsOrder(after));
                assertThat(ranking.size()).isEqualTo(after.size());
                assertThat(ranking.inOrder()).isTrue();
                places = after;
            }
        }
    }

    @Test
    void anOpenCaseRanksFirstThenTheLatestContactThenTheLatestReportNoneLast() {
        WorklistPlace open = new WorklistPlace(UUID.randomUUID(), true, null, null, null);
        WorklistPlace contactedToday = new WorklistPlace(UUID.randomUUID(), false, DAY, null, null);
        WorklistPlace contactedLastYear = new WorklistPlace(UUID.randomUUID(), false, DAY.minusYears(1), 2025, "1");
        WorklistPlace reported2024 = new WorklistPlace(UUID.randomUUID(), false, null, 2024, "1");
        WorklistPlace reported2019 = new WorklistPlace(UUID.randomUUID(), false, null, 2019, "1");
        WorklistPlace never = new WorklistPlace(UUID.randomUUID(), false, null, null, "1");
        List<WorklistPlace> byHand = List.of(open, contactedToday, contactedLastYear, reported2024, reported2019, never);

        CooperativeRanking ranking = ranking(List.of()).reranked(byHand.stream().map(WorklistPlace::id).toList(),
                places(List.of(never, reported2019, contactedLastYear, open, reported2024, contactedToday)));

        assertThat(ranking.cooperatives().all()).containsExactlyElementsOf(byHand.stream().map(WorklistPlace::id).toList());
    }

    @Test
    void numbersCompareByteByByteAsPostgreSqlsCCollationDoesNoneLast() {
        // UTF-8 bytes: "10" (31 30) < "9" (39) < "A" (41) < "a" (61) < "é" (c3 a9); no number last.
        List<WorklistPlace> byHand = Stream.of("10", "9", "A", "a", "é", null)
                .map(number -> new WorklistPlace(UUID.randomUUID(), false, null, 2024, number)).toList();
        List<WorklistPlace> shuffled = new ArrayList<>(byHand);
        Collections.shuffle(shuffled, new Random(3));

        CooperativeRanking ranking = ranking(List.of()).reranked(byHand.stream().map(WorklistPlace::id).toList(), places(shuffled));

        assertThat(ranking.cooperatives().all()).containsExactlyElementsOf(byHand.stream().map(WorklistPlace::id).toList());
        assertThat(ranking(byHand).inOrder()).isTrue();
    }

    @Test
    void idsCompareAsPostgreSqlComparesUuidsByteByByte() {
        // Java's UUID.compareTo compares the halves as signed numbers and would put the last two first.
        List<WorklistPlace> byHand = Stream.of("00000000-0000-0000-0000-000000000001", "7fffffff-ffff-ffff-ffff-ffffffffffff",
                        "80000000-0000-0000-0000-000000000000", "ffffffff-0000-0000-8000-000000000000", "ffffffff-0000-0000-ffff-ffffffffffff")
                .map(id -> new WorklistPlace(UUID.fromString(id), false, null, 2024, "7")).toList();

        List<WorklistPlace> reversed = new ArrayList<>(byHand);
        Collections.reverse(reversed);

        CooperativeRanking ranking = ranking(List.of()).reranked(byHand.stream().map(WorklistPlace::id).toList(), places(reversed));

        assertThat(ranking.cooperatives().all()).containsExactlyElementsOf(byHand.stream().map(WorklistPlace::id).toList());
    }

    @Test
    void aRankingOutOfTheWorklistsOrderIsNotInOrderAndIsNeverPatched() {
        WorklistPlace first = new WorklistPlace(UUID.randomUUID(), true, DAY, 2024, "1");
        WorklistPlace second = new WorklistPlace(UUID.randomUUID(), false, null, null, "2");

        CooperativeRanking reversed = ranking(List.of(second, first));

        assertThat(reversed.inOrder()).isFalse();
        assertThat(reversed.cooperatives().all()).containsExactly(second.id(), first.id());
        assertThatThrownBy(() -> reversed.reranked(List.of(first.id()), List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyCooperativesWrittenMayBePutBack() {
        WorklistPlace ranked = new WorklistPlace(UUID.randomUUID(), false, null, 2024, "1");
        WorklistPlace notWritten = new WorklistPlace(UUID.randomUUID(), false, null, 2023, "2");

        assertThatThrownBy(() -> ranking(List.of(ranked)).reranked(List.of(ranked.id()), List.of(notWritten.place())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAndYearsOutsideWhatPacksAreRefused() {
        assertThatThrownBy(() -> new WorklistPlace(UUID.randomUUID(), false, LocalDate.MAX, null, null).place())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorklistPlace(UUID.randomUUID(), false, null, 0, null).place())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEarlyWarningRanksByNumberAloneAndTakesWritesInAsReadingItAgainWould() {
        // By hand: numbers byte by byte ("10" before "9"), equal numbers by id, none last.
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("ffffffff-0000-0000-0000-000000000000");
        List<CooperativeRanking.Place> byHand = List.of(CooperativeRanking.Place.byNumber(UUID.randomUUID(), "10"),
                CooperativeRanking.Place.byNumber(low, "9"), CooperativeRanking.Place.byNumber(high, "9"),
                CooperativeRanking.Place.byNumber(UUID.randomUUID(), null));
        assertThat(CooperativeRanking.of(byHand).inOrder()).isTrue();

        // Read without the second "9", then: the first "9" files and leaves, the second registers and joins, "10" is written and stays.
        CooperativeRanking read = CooperativeRanking.of(List.of(byHand.get(0), byHand.get(1), byHand.get(3)));
        CooperativeRanking after = read.reranked(List.of(low, high, byHand.get(0).id()), List.of(byHand.get(2), byHand.get(0)));

        assertThat(after.cooperatives().all()).containsExactly(byHand.get(0).id(), high, byHand.get(3).id());
        assertThat(after.inOrder()).isTrue();
    }
}
