package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.ClusterActivityRecorded;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Who may record a cluster's period, what a record and its correction carry, and how many revisions a period takes. */
class ClusterActivityTest {

    private static final Instant AT = Instant.parse("2026-04-03T02:00:00Z");

    @Test
    void theOfficeAndTheHostCooperativeRecordNobodyElse() {
        Cluster cluster = cluster(UUID.randomUUID());
        assertThat(ClusterActivity.mayRecord(Actor.officer("officer@dev"), cluster)).isTrue();
        assertThat(ClusterActivity.mayRecord(new Actor("k", ActorRole.COOPERATIVE, cluster.hostCooperativeId, null), cluster)).isTrue();
        assertThat(ClusterActivity.mayRecord(new Actor("k", ActorRole.COOPERATIVE, UUID.randomUUID(), null), cluster)).isFalse();
        assertThat(ClusterActivity.mayRecord(new Actor("a", ActorRole.AUDITOR, null, null), cluster)).isFalse();
        assertThat(ClusterActivity.mayRecord(new Actor("p", ActorRole.PARTNER, null, "bank-bjb"), cluster)).isFalse();
        assertThat(ClusterActivity.mayRecord(new Actor("j", ActorRole.JUROR, null, null), cluster)).isFalse();
        Cluster unhosted = cluster(null);
        assertThat(ClusterActivity.mayRecord(new Actor("k", ActorRole.COOPERATIVE, UUID.randomUUID(), null), unhosted)).isFalse();
        assertThatThrownBy(() -> ClusterActivity.record(unhosted, period("2026-03"), null, figures(1),
                new Actor("j", ActorRole.JUROR, null, null), AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameFiguresAgainRecordNothingAndAClustersSameDataChangesNothing() {
        Cluster cluster = cluster(UUID.randomUUID());
        ClusterActivity first = ClusterActivity.record(cluster, period("2026-03"), null, figures(30_000_000L), Actor.officer("officer@dev"), AT)
                .activity();
        var again = ClusterActivity.record(cluster, period("2026-03"), first, figures(30_000_000L), Actor.officer("officer@dev"), AT);
        assertThat(again.unchanged()).isTrue();
        // As a form sends back what it read: 1200.50 kept (a numeric's scale) is the 1200.5 sent; 8000 is 8E+3.
        first.purchases = List.of(new ClusterActivity.Purchase("Kain velboa", new BigDecimal("1200.50"), "meter", 30_000_000L),
                new ClusterActivity.Purchase("Dakron", new BigDecimal("800.000"), "kg", 12_000_000L));
        assertThat(ClusterActivity.record(cluster, period("2026-03"), first, figures(30_000_000L), Actor.officer("officer@dev"), AT)
                .unchanged()).isTrue();
        first.production = List.of(new ClusterActivity.Production("Boneka karakter", new BigDecimal("8001"), "buah", 240_000_000L));
        assertThat(first.figures().sameAs(figures(30_000_000L))).as("another quantity is a change").isFalse();
        first.production = List.of(new ClusterActivity.Production("Boneka karakter", new BigDecimal("8000.0"), "buah", 240_000_000L));
        assertThat(first.figures().sameAs(figures(30_000_000L))).isTrue();
        assertThat(again.activity()).isSameAs(first);
        assertThat(first.current).isTrue();
        var corrected = ClusterActivity.record(cluster, period("2026-03"), first, figures(31_000_000L), Actor.officer("officer@dev"), AT);
        assertThat(corrected.unchanged()).isFalse();
        assertThat(corrected.activity().revision).isEqualTo(2);

        Instant before = cluster.updatedAt;
        cluster.change(cluster.data(), AT.plusSeconds(60));
        assertThat(cluster.updatedAt).as("nothing changed, not even its time").isEqualTo(before);
        cluster.change(new ClusterData("Sentra Boneka Baru", cluster.productCategory, cluster.description, cluster.hostCooperativeId,
                cluster.kecamatanCode), AT.plusSeconds(60));
        assertThat(cluster.name).isEqualTo("Sentra Boneka Baru");
        assertThat(cluster.updatedAt).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aRecordSumsItsLinesAndACorrectionIsTheNextRevision() {
        Cluster cluster = cluster(UUID.randomUUID());
        var first = ClusterActivity.record(cluster, period("2026-Q1"), null, figures(30_000_000L),
                new Actor("koperasi@host", ActorRole.COOPERATIVE, cluster.hostCooperativeId, null), AT);
        ClusterActivity recorded = first.activity();
        assertThat(recorded.revision).isEqualTo(1);
        assertThat(recorded.current).isTrue();
        assertThat(recorded.purchasesValue).isEqualTo(30_000_000L + 12_000_000L);
        assertThat(recorded.productionValue).isEqualTo(240_000_000L);
        assertThat(recorded.salesValue).isEqualTo(180_000_000L + 20_000_000L);
        assertThat(recorded.periodStart).hasToString("2026-01-01");
        assertThat(recorded.periodEnd).hasToString("2026-03-31");
        assertThat(recorded.recordedAs).isEqualTo("cooperative");

        var event = first.events().get(0);
        assertThat(event.topic()).isEqualTo(Topics.REGISTRY_CLUSTER);
        assertThat(event.type()).isEqualTo(EventTypes.CLUSTER_ACTIVITY_RECORDED);
        assertThat(event.key()).isEqualTo(cluster.id.toString());
        assertThat(event.aggregateId()).isEqualTo(cluster.id + "/2026-Q1");
        assertThat(event.aggregateVersion()).isEqualTo(1);
        ClusterActivityRecorded data = (ClusterActivityRecorded) event.data();
        assertThat(data.salesValue()).isEqualTo(200_000_000L);
        assertThat(data.sales().get(0).channel()).isEqualTo("WHOLESALE");
        assertThat(data.recordedAs()).isEqualTo("cooperative");

        var second = ClusterActivity.record(cluster, period("2026-Q1"), recorded, figures(31_000_000L), Actor.officer("officer@dev"), AT);
        assertThat(recorded.current).isFalse();
        assertThat(second.activity().revision).isEqualTo(2);
        assertThat(second.activity().purchasesValue).isEqualTo(43_000_000L);
        assertThat(second.events().get(0).aggregateVersion()).isEqualTo(2);
        assertThat(second.activity().recordedAs).isEqualTo("officer");
    }

    @Test
    void aPeriodTakesTwentyRevisionsAndTheTwentyFirstChangesNothing() {
        Cluster cluster = cluster(UUID.randomUUID());
        Actor host = new Actor("koperasi@host", ActorRole.COOPERATIVE, cluster.hostCooperativeId, null);
        ClusterActivity current = ClusterActivity.record(cluster, period("2026-02"), null, figures(1_000_000L), host, AT).activity();
        for (int correction = 1; correction <= 19; correction++) {
            ClusterActivity previous = current;
            current = ClusterActivity.record(cluster, period("2026-02"), previous, figures(1_000_000L + correction), host, AT).activity();
            assertThat(previous.current).isFalse();
        }
        assertThat(current.revision).isEqualTo(20);
        // fabric 1,000,019 after the 19th correction, dakron 12 million
        assertThat(current.purchasesValue).isEqualTo(13_000_019L);

        ClusterActivity twentieth = current;
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> ClusterActivity.record(cluster, period("2026-02"),
                twentieth, figures(5L), Actor.officer("officer@dev"), AT));
        assertThat(refused).isNotNull();
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(twentieth.current).as("the 20th stays current").isTrue();
        assertThat(twentieth.revision).isEqualTo(20);
        assertThat(twentieth.purchasesValue).isEqualTo(13_000_019L);
    }

    private static ClusterActivity.Figures figures(long fabric) {
        return new ClusterActivity.Figures(
                List.of(new ClusterActivity.Purchase("Kain velboa", new BigDecimal("1200.5"), "meter", fabric),
                        new ClusterActivity.Purchase("Dakron", new BigDecimal("800"), "kg", 12_000_000L)),
                List.of(new ClusterActivity.Production("Boneka karakter", new BigDecimal("8000"), "buah", 240_000_000L)),
                List.of(new ClusterActivity.Sale(SalesChannel.WHOLESALE, 180_000_000L, List.of("Pasar Asemka, Jakarta")),
                        new ClusterActivity.Sale(SalesChannel.ONLINE, 20_000_000L, List.of("Shopee"))),
                214, null);
    }

    private static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text).orElseThrow();
    }

    private static Cluster cluster(UUID host) {
        Cluster cluster = new Cluster();
        cluster.id = UUID.randomUUID();
        cluster.name = "Sentra Boneka Bantargebang";
        cluster.productCategory = ProductCategory.DOLLS_AND_TOYS;
        cluster.kecamatanCode = "327507";
        cluster.hostCooperativeId = host;
        return cluster;
    }
}
