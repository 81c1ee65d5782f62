package id.go.bekasikota.koperasi.notifications.event;

import id.go.bekasikota.koperasi.notifications.service.DeliveryDispatcher;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher's rounds keep one query plan for their claim, however many it runs (one a second
 * when idle, in production). Its claim returned ids through a result class, which Hibernate 7
 * keyed as a new plan at every call: the plan cache (2,048) filled with claims of one hash, and
 * every round walked them all: in a profile of the system tests (2026-12-04) the shared suite's
 * notifications service was in that lookup in 198 of its 646 samples.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
class DispatcherQueryPlanTests {

    private static final int ROUNDS = 12;

    @Inject
    MeterRegistry meters;
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "quarkus.hibernate-orm.query.query-plan-cache-max-size", defaultValue = "2048")
    int cacheSize;

    @Test
    void roundsAfterRoundsAddNoPlan() {
        // A first round planned the claim.
        double first = rounds();
        await().atMost(Duration.ofSeconds(30)).until(() -> rounds() >= first + 1);
        long before = cachedPlans();
        assertThat(before + ROUNDS).as("the plans cached, below the cache's size").isLessThan(cacheSize);
        double from = rounds();
        await().atMost(Duration.ofSeconds(60)).until(() -> rounds() >= from + ROUNDS);
        // Other work of the service may plan a statement of its own meanwhile, never one per round.
        assertThat(cachedPlans() - before).as("plans added over %d rounds of the dispatcher", ROUNDS).isLessThanOrEqualTo(2);
    }

    private double rounds() {
        return meters.counter(DeliveryDispatcher.ROUNDS).count();
    }

    private long cachedPlans() {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
