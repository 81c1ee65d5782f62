package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.service.StandingService;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's statements that return ids keep one query plan each, however often they run.
 * Hibernate 7 keys a native query's plan by its text and its result mapping, and a mapping given
 * as a result class ({@code createNativeQuery(sql, UUID.class)}) is a new key at every call: each
 * search added a plan, all with the same hash, until the cache (2,048 plans) was full of them and
 * every lookup walked them all (found in a profile of the system tests, 2026-12-04). A statement
 * whose text carries values (the revisions of the writes noted since) is a new plan at every call too.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class QueryPlanCacheTests {

    private static final int CALLS = 12;

    @Inject
    EntityManager entityManager;
    @Inject
    ActivationPlanningQueries planning;
    @Inject
    RegisterRevision revision;
    @Inject
    StandingService standings;
    @ConfigProperty(name = "quarkus.hibernate-orm.query.query-plan-cache-max-size", defaultValue = "2048")
    int cacheSize;

    @Test
    void theSearchByFilters() {
        var cooperative = CooperativeMother.named("Koperasi Dicari " + UUID.randomUUID().toString().substring(0, 8), "2015-06-01");
        register(cooperative);
        assertOnePlan(() -> given().queryParam("kecamatanCode", cooperative.get("kecamatanCode")).queryParam("size", 5)
                .when().get("/api/v1/cooperatives").then().statusCode(200));
    }

    @Test
    void theInactiveCooperativesRanked() {
        LocalDate asOf = LocalDate.of(2026, 7, 1);
        assertOnePlan(() -> QuarkusTransaction.requiringNew().call(() -> planning.inactiveRanked(asOf, RegisterScope.WHOLE)));
    }

    @Test
    void theCooperativesWrittenSinceRevisions() {
        register(CooperativeMother.named("Koperasi Tercatat " + UUID.randomUUID().toString().substring(0, 8), "2015-06-01"));
        long[] lanes = QuarkusTransaction.requiringNew().call(revision::lanes);
        // A limit of its own at each call: a text with the values in it would be a new statement every time.
        int[] call = {0};
        assertOnePlan(() -> assertThat(QuarkusTransaction.requiringNew().call(() -> revision.writtenSince(lanes, 1_000 + call[0]++)))
                .as("the writes since then, all noted").isPresent());
    }

    @Test
    void theStandingsThatChanged() {
        assertOnePlan(standings::evaluateAll);
    }

    /** After a first call, {@value #CALLS} more add no plan (the cache never full here, or the count would say nothing). */
    private void assertOnePlan(Runnable call) {
        call.run();
        long before = cachedPlans();
        assertThat(before + CALLS).as("the plans cached, below the cache's size").isLessThan(cacheSize);
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        // Other work of the service may plan a statement of its own meanwhile (a scheduled check), never one per call.
        assertThat(cachedPlans() - before).as("plans added by %d more calls", CALLS).isLessThanOrEqualTo(2);
    }

    private long cachedPlans() {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
