package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reactivation case: opened for a dormant cooperative, visited while open, closed by what happens to the cooperative. */
class ReactivationCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 1, 15);
    private static final Instant NOW = Instant.parse("2030-01-15T03:00:00Z");
    private static final Actor OFFICER = Actor.officer("officer@dev");
    private static final UUID COOPERATIVE = UUID.randomUUID();

    /** Founded in 2011, no report: INACTIVE as of any date from 2013 on. */
    private static Standing dormant() {
        return StandingRules.evaluate(LocalDate.of(2011, 3, 1), null, List.of(), TODAY);
    }

    private static ReactivationCase opened() {
        return ReactivationCase.open(COOPERATIVE, dormant(), "No RAT for two years", OFFICER, TODAY.minusDays(10), NOW);
    }

    @Test
    void aDormantCooperativeGetsAnOpenCase() {
        ReactivationCase opened = opened();
        assertThat(opened.isOpen()).isTrue();
        assertThat(opened.cooperativeId).isEqualTo(COOPERATIVE);
        assertThat(opened.openedOn).isEqualTo(TODAY.minusDays(10));
        assertThat(opened.openedBy).isEqualTo("officer@dev");
        assertThat(opened.createdAt).isEqualTo(NOW);
    }

    @Test
    void theCaseShowsItsLatestTwentyVisitsInTheOrderRecorded() {
        ReactivationCase opened = opened();
        assertThat(opened.latestVisits()).isEmpty();
        for (int i = 1; i <= 20; i++) {
            opened.recordVisit(TODAY.minusDays(5), "visit " + i, null, OFFICER, TODAY, NOW);
        }
        assertThat(opened.latestVisits()).hasSize(20);
        assertThat(opened.latestVisits().get(0).notes).isEqualTo("visit 1");
        opened.recordVisit(TODAY.minusDays(9), "visit 21", null, OFFICER, TODAY, NOW);
        opened.recordVisit(TODAY, "visit 22", null, OFFICER, TODAY, NOW);
        assertThat(opened.visits).hasSize(22);
        assertThat(opened.latestVisits()).hasSize(20).extracting(v -> v.notes)
                .containsExactly("visit 3", "visit 4", "visit 5", "visit 6", "visit 7", "visit 8", "visit 9", "visit 10", "visit 11",
                        "visit 12", "visit 13", "visit 14", "visit 15", "visit 16", "visit 17", "visit 18", "visit 19", "visit 20",
                        "visit 21", "visit 22");
    }

    @Test
    void anActiveOrDissolvedCooperativeIsNotReactivated() {
        Standing active = StandingRules.evaluate(TODAY.minusDays(5), null, List.of(), TODAY);
        Standing dissolved = StandingRules.evaluate(LocalDate.of(2011, 3, 1), TODAY, List.of(), TODAY);
        for (Standing standing : List.of(active, dissolved)) {
            assertThatThrownBy(() -> ReactivationCase.open(COOPERATIVE, standing, "x", OFFICER, TODAY, NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                        assertThat(e.extensions()).containsEntry("currentState", standing.status().name());
                        assertThat(e.detail().in(Languages.INDONESIAN)).isEqualTo("Kasus reaktivasi hanya dapat dibuka untuk koperasi "
                                + "berstatus INACTIVE; koperasi ini berstatus " + standing.status().name());
                    });
        }
    }

    @Test
    void visitsAreRecordedFromTheOpeningToTodayWhileTheCaseIsOpen() {
        ReactivationCase opened = opened();
        opened.recordVisit(TODAY.minusDays(10), "Met the board", null, OFFICER, TODAY, NOW);
        opened.recordVisit(TODAY, "Books checked", "RAT in March", OFFICER, TODAY, NOW);
        assertThat(opened.visits).extracting(v -> v.notes).containsExactly("Met the board", "Books checked");
        assertThat(opened.visits.get(1).recordedBy).isEqualTo("officer@dev");
        assertThat(opened.visits.get(1).recordedAt).isEqualTo(NOW);

        assertThatThrownBy(() -> opened.recordVisit(TODAY.minusDays(11), "x", null, OFFICER, TODAY, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("visitedOn"));
        assertThatThrownBy(() -> opened.recordVisit(TODAY.plusDays(1), "x", null, OFFICER, TODAY, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("visitedOn"));
    }

    @Test
    void theCaseClosesWhenTheCooperativeIsActiveAgainOrDissolvedAndNotBefore() {
        ReactivationCase stillDormant = opened();
        assertThat(stillDormant.closeIfSettled(ActivityStatus.INACTIVE, TODAY, OFFICER, NOW)).isFalse();
        assertThat(stillDormant.isOpen()).isTrue();

        ReactivationCase reactivated = opened();
        assertThat(reactivated.closeIfSettled(ActivityStatus.ACTIVE, TODAY, Actor.system("standing-evaluation"), NOW)).isTrue();
        assertThat(reactivated.outcome).isEqualTo(ReactivationCase.Outcome.REACTIVATED);
        assertThat(reactivated.closedOn).isEqualTo(TODAY);
        assertThat(reactivated.closedBy).isEqualTo("standing-evaluation");
        assertThat(reactivated.closeIfSettled(ActivityStatus.DISSOLVED, TODAY, OFFICER, NOW)).as("closed once").isFalse();
        assertThatThrownBy(() -> reactivated.recordVisit(TODAY, "x", null, OFFICER, TODAY, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));

        ReactivationCase dissolved = opened();
        assertThat(dissolved.closeIfSettled(ActivityStatus.DISSOLVED, TODAY, OFFICER, NOW)).isTrue();
        assertThat(dissolved.outcome).isEqualTo(ReactivationCase.Outcome.DISSOLVED);
    }
}
