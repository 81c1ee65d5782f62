package id.go.bekasikota.koperasi.notifications.event;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.repository.DeliveryQueue;
import id.go.bekasikota.koperasi.notifications.support.Webhooks;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.stack.WebhookReceiver;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.go.bekasikota.koperasi.notifications.support.Webhooks.LOAN_TYPES;
import static id.go.bekasikota.koperasi.notifications.support.Webhooks.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher's claim is fair: at most 8 deliveries of one subscription in a round (the default
 * {@code delivery.per-subscription}), the owners taking turns to fill the batch of 32, the longest due
 * first; and still only the first PENDING delivery of a subscription and cooperative, so a later one
 * never overtakes an earlier one. Each round's composition is worked out by hand below. The rounds of
 * one dispatcher follow one another (a round sends, waits for every answer, then records), so the
 * requests of a round all arrive before any of the next: the order of arrival shows the rounds.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
class DispatcherFairnessTests {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();
    /** How long a slow endpoint takes to answer: well within the test profile's request timeout (3 s). */
    private static final Duration SLOW = Duration.ofMillis(500);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TYPE = "id.go.bekasikota.financing.loan-application.state-changed.v1";

    @Inject
    DeliveryQueue queue;
    @Inject
    WebhooksConfig config;
    @Inject
    Today today;
    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @AfterAll
    static void closeReceiver() {
        RECEIVER.close();
    }

    /**
     * The claim itself, as of a time a day ahead (the service's own dispatcher leaves deliveries due then alone),
     * in a transaction rolled back after, so that it moves nobody's lease.
     */
    @Test
    void aClaimTakesAtMostEightOfASubscriptionTheLongestDueFirstAndOnlyTheFirstOfAKey() throws Exception {
        assertThat(config.delivery().perSubscription()).as("the default share of a subscription").isEqualTo(8);
        UUID a = id(subscribe(Tokens.partner(Webhooks.partner()), RECEIVER.url(Webhooks.path()), LOAN_TYPES));
        UUID b = id(subscribe(Tokens.partner(Webhooks.partner()), RECEIVER.url(Webhooks.path()), LOAN_TYPES));
        Instant t = today.now().plus(Duration.ofDays(1));
        Map<UUID, String> names = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            // A: ten cooperatives, written a1 to a10 and due the other way round: a10 at t + 1 s, ..., a1 at t + 10 s.
            for (int i = 1; i <= 10; i++) {
                names.put(delivery(a, "cooperative-" + i, t.plusSeconds(11 - i)).id, "a" + i);
            }
            // B: cooperative k's k1, k2, k3 in that order, k1 (as a retry would be) due after the other two; cooperative m's m1.
            names.put(delivery(b, "k", t.plusSeconds(30)).id, "k1");
            names.put(delivery(b, "k", t.plusSeconds(1)).id, "k2");
            names.put(delivery(b, "k", t.plusSeconds(2)).id, "k3");
            names.put(delivery(b, "m", t.plusSeconds(3)).id, "m1");
        });
        try {
            // Everything due: of A's ten the eight due first, a10 to a3 (not a1 and a2, written first); of B the first of
            // each cooperative, k1, though k2 and k3 were due before it.
            assertThat(claimedOf(names, t.plus(Duration.ofMinutes(1))))
                    .isEqualTo(Set.of("a10", "a9", "a8", "a7", "a6", "a5", "a4", "a3", "k1", "m1"));
            // At t + 10 s all of A is due, still eight of it; k1 is not due, and k2 and k3 wait behind it.
            assertThat(claimedOf(names, t.plusSeconds(10)))
                    .isEqualTo(Set.of("a10", "a9", "a8", "a7", "a6", "a5", "a4", "a3", "m1"));
            // At t + 2 s: a10 and a9 of A; of B k2 would be due, but k1 is not.
            assertThat(claimedOf(names, t.plusSeconds(2))).isEqualTo(Set.of("a10", "a9"));
        } finally {
            // Never sent: these endpoints are not there.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update subscription set active = false where id in (:ids)")
                    .setParameter("ids", List.of(a, b)).executeUpdate());
        }
    }

    /**
     * One slow subscription with twelve deliveries: cooperatives c1 to c10, then two more of c1 (c1b, c1c), all due
     * together; and another subscriber's one. Round 1: the first of each cooperative is a candidate (c1a, c2 .. c10),
     * eight of them by sequence (c1a .. c8), and the other subscriber's. Round 2: c9, c10 and c1b, now first of c1.
     * Round 3: c1c.
     */
    @Test
    void aSlowSubscriptionTakesItsShareOfEachRoundInTheOrderOfEachCooperative() {
        assertThat(config.delivery().perSubscription()).as("the default share of a subscription").isEqualTo(8);
        String slowPath = Webhooks.path();
        String otherPath = Webhooks.path();
        RECEIVER.slow(slowPath, SLOW);
        UUID slow = id(subscribe(Tokens.partner(Webhooks.partner()), RECEIVER.url(slowPath), LOAN_TYPES));
        UUID other = id(subscribe(Tokens.partner(Webhooks.partner()), RECEIVER.url(otherPath), LOAN_TYPES));
        Instant due = today.now().minusSeconds(1);
        Map<String, String> names = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            names.put(delivery(slow, "c1", due).webhookId, "c1a");
            for (int i = 2; i <= 10; i++) {
                names.put(delivery(slow, "c" + i, due).webhookId, "c" + i);
            }
            names.put(delivery(slow, "c1", due).webhookId, "c1b");
            names.put(delivery(slow, "c1", due).webhookId, "c1c");
            names.put(delivery(other, "x", due).webhookId, "x");
        });

        await().atMost(WAIT).until(() -> RECEIVER.received(slowPath).size() == 12 && RECEIVER.received(otherPath).size() == 1);
        List<WebhookReceiver.Received> arrived = inOrderOfArrival(RECEIVER.received(slowPath));
        List<String> order = arrived.stream().map(r -> names.get(r.header("webhook-id"))).toList();
        assertThat(Set.copyOf(order.subList(0, 8))).as("round 1").isEqualTo(Set.of("c1a", "c2", "c3", "c4", "c5", "c6", "c7", "c8"));
        assertThat(Set.copyOf(order.subList(8, 11))).as("round 2").isEqualTo(Set.of("c9", "c10", "c1b"));
        assertThat(order.get(11)).as("round 3").isEqualTo("c1c");
        assertThat(RECEIVER.received(otherPath).get(0).at()).as("the other subscriber's webhook, in round 1")
                .isBefore(arrived.get(8).at());
    }

    /**
     * A partner with five slow subscriptions, eight deliveries due at each (40), and another partner's one, due a second
     * later and written last. By due time (or sequence) alone the 40 come first and take the whole batch of 32; with the
     * owners taking turns the other partner's is second (its first against the partner's first), in round 1. Round 1
     * holds at most 31 of the partner's, so its 32nd arrival is in round 2 or later.
     */
    @Test
    void aPartnerWithManySubscriptionsDoesNotFillARoundWhileAnotherHasOneDue() {
        assertThat(config.delivery().batch()).as("the default batch").isEqualTo(32);
        assertThat(config.delivery().perSubscription()).as("the default share of a subscription").isEqualTo(8);
        String partner = Webhooks.partner();
        List<WebhookReceiver> endpoints = new ArrayList<>();
        try {
            List<UUID> subscriptions = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                // An endpoint of its own for each (a receiver answers 16 requests at once).
                WebhookReceiver endpoint = new WebhookReceiver();
                endpoints.add(endpoint);
                endpoint.slow("/hook", SLOW);
                subscriptions.add(id(subscribe(Tokens.partner(partner), endpoint.url("/hook"), LOAN_TYPES)));
            }
            String otherPath = Webhooks.path();
            UUID other = id(subscribe(Tokens.partner(Webhooks.partner()), RECEIVER.url(otherPath), LOAN_TYPES));
            Instant due = today.now().minusSeconds(2);
            QuarkusTransaction.requiringNew().run(() -> {
                for (UUID subscription : subscriptions) {
                    for (int i = 1; i <= 8; i++) {
                        delivery(subscription, "cooperative-" + i, due);
                    }
                }
                delivery(other, "x", due.plusSeconds(1));
            });

            await().atMost(WAIT).until(() -> endpoints.stream().mapToInt(e -> e.received("/hook").size()).sum() == 40
                    && RECEIVER.received(otherPath).size() == 1);
            List<WebhookReceiver.Received> partners = inOrderOfArrival(endpoints.stream().flatMap(e -> e.received("/hook").stream()).toList());
            assertThat(RECEIVER.received(otherPath).get(0).at()).as("the other partner's webhook, in round 1")
                    .isBefore(partners.get(31).at());
        } finally {
            endpoints.forEach(WebhookReceiver::close);
        }
    }

    /** A delivery as the fanout writes it (with its id, webhook id and sequence), due at {@code due}. */
    private static Delivery delivery(UUID subscription, String orderingKey, Instant due) {
        Delivery delivery = Delivery.of(subscription, "event-" + UUID.randomUUID(), TYPE, orderingKey, "{}", due, due.plus(Duration.ofHours(72)));
        // One at a time, so that the sequence is the order written here.
        delivery.persistAndFlush();
        return delivery;
    }

    /** The names of the deliveries claimed as of {@code now}, with a batch no test fills; the claim is rolled back. */
    private Set<String> claimedOf(Map<UUID, String> names, Instant now) throws Exception {
        transaction.begin();
        try {
            return queue.claim(1_000, config.delivery().perSubscription(), now, now.plusSeconds(60)).stream()
                    .filter(names::containsKey).map(names::get).collect(Collectors.toSet());
        } finally {
            transaction.rollback();
        }
    }

    private static List<WebhookReceiver.Received> inOrderOfArrival(List<WebhookReceiver.Received> received) {
        return received.stream().sorted(Comparator.comparing(WebhookReceiver.Received::at)).toList();
    }

    private static UUID id(Webhooks.Created created) {
        return UUID.fromString(created.id());
    }
}
