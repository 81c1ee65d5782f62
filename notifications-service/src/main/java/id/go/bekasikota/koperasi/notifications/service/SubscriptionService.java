package id.go.bekasikota.koperasi.notifications.service;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryAttempt;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryState;
import id.go.bekasikota.koperasi.notifications.domain.EgressPolicy;
import id.go.bekasikota.koperasi.notifications.domain.EndpointLimit;
import id.go.bekasikota.koperasi.notifications.domain.NewSecret;
import id.go.bekasikota.koperasi.notifications.domain.RetrySchedule;
import id.go.bekasikota.koperasi.notifications.domain.SigningSecret;
import id.go.bekasikota.koperasi.notifications.domain.Subscription;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionChange;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionDetails;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionOwner;
import id.go.bekasikota.koperasi.notifications.domain.WebhookEventTypes;
import id.go.bekasikota.koperasi.notifications.domain.WebhookSigner;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.persistence.NamedLocks;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Subscriptions, their secrets, and their delivery log: changed by their owner alone, read by it and the office. */
@ApplicationScoped
public class SubscriptionService {

    /** What a not-found is about ({@code notifications.subject.*}). */
    public static final Text SUBSCRIPTION = Text.of("notifications.subject.subscription");
    public static final Text DELIVERY = Text.of("notifications.subject.delivery");

    /** A delivery with its attempts, first first. */
    public record DeliveryWithAttempts(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    /** A new secret and when the previous one stops signing. */
    public record Rotation(NewSecret secret, Instant previousSecretExpiresAt) {
    }

    private final WebhooksConfig config;
    private final Today today;
    private final DeliveryDispatcher dispatcher;
    private final TransactionSynchronizationRegistry transactions;
    private final EgressPolicy egress;
    private final RetrySchedule schedule;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionService(WebhooksConfig config, Today today, DeliveryDispatcher dispatcher,
                               TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.today = today;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.egress = DeliveryDispatcher.policy(config.egress());
        this.schedule = DeliveryDispatcher.schedule(config.retry());
    }

    @Transactional
    public SubscriptionDetails create(Actor actor, SubscriptionChange change) {
        requireManager(actor);
        requireValid(change);
        Instant now = today.now();
        Subscription subscription = Subscription.create(actor, change.url(), change.eventTypes(), change.description(), change.active(), now);
        if (subscription.active) {
            requireRoomForActive(subscription);
        }
        subscription.persist();
        NewSecret secret = newSecret(subscription, now);
        Subscription.flush();
        return new SubscriptionDetails(subscription, secret, null);
    }

    @Transactional
    public Page<SubscriptionDetails> list(Actor actor, PageRequest paging) {
        PanacheQuery<Subscription> query = actor.role() == ActorRole.PARTNER
                ? Subscription.find("owner = ?1 and partnerId = ?2", Sort.by("createdAt").and("id"), SubscriptionOwner.PARTNER, actor.partnerId())
                : Subscription.findAll(Sort.by("createdAt").and("id"));
        List<Subscription> items = query.page(paging.page() - 1, paging.size()).list();
        return Page.of(items.stream().map(this::details).toList(), paging, query.count());
    }

    @Transactional
    public SubscriptionDetails get(Actor actor, UUID id) {
        return details(visible(actor, id));
    }

    @Transactional
    public SubscriptionDetails replace(Actor actor, UUID id, String ifMatch, SubscriptionChange change) {
        Subscription subscription = managed(actor, id);
        EntityTags.requireMatch(ifMatch, subscription.version);
        requireValid(change);
        if (change.active() && !subscription.active) {
            requireRoomForActive(subscription);
        }
        subscription.change(actor, change.url(), change.eventTypes(), change.description(), change.active(), today.now());
        Subscription.flush();
        wakeAfterCommit();
        return details(subscription);
    }

    /** A new secret; the previous ones keep signing for {@code overlap}, then stop. */
    @Transactional
    public Rotation rotate(Actor actor, UUID id, Duration overlap) {
        Subscription subscription = managed(actor, id);
        Duration kept = overlap == null ? config.secrets().overlap() : overlap;
        if (kept.compareTo(config.secrets().maxOverlap()) > 0) {
            throw ProblemException.invalid("overlapSeconds", Text.of("notifications.field.overlap-max", config.secrets().maxOverlap().toSeconds()));
        }
        Instant now = today.now();
        Instant end = now.plus(kept);
        for (SigningSecret previous : SigningSecret.<SigningSecret>list("subscriptionId", subscription.id)) {
            if (previous.validAt(now) && (previous.expiresAt == null || previous.expiresAt.isAfter(end))) {
                previous.expiresAt = end;
            }
        }
        return new Rotation(newSecret(subscription, now), kept.isZero() ? null : end);
    }

    /**
     * The value of a secret that an earlier request of the caller's made, by its id: the retry of that request with
     * its Idempotency-Key is answered as the request was, the secret included, while the key's record holds only the id
     * (the secret itself is kept in {@code signing_secret} alone, as every secret is). It is given as it was, signing
     * or since rotated out, as a replay gives the first answer whatever happened since.
     */
    @Transactional
    public String secretShownBefore(Actor actor, UUID secretId) {
        SigningSecret secret = SigningSecret.<SigningSecret>findByIdOptional(secretId)
                .orElseThrow(() -> new IllegalStateException("Signing secret " + secretId + " is gone"));
        managed(actor, secret.subscriptionId);
        return secret.secret;
    }

    @Transactional
    public Page<Delivery> deliveries(Actor actor, UUID id, DeliveryState state, PageRequest paging) {
        Subscription subscription = visible(actor, id);
        PanacheQuery<Delivery> query = state == null
                ? Delivery.find("subscriptionId", Sort.descending("sequence"), subscription.id)
                : Delivery.find("subscriptionId = ?1 and state = ?2", Sort.descending("sequence"), subscription.id, state);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    @Transactional
    public DeliveryWithAttempts delivery(Actor actor, UUID id, UUID deliveryId) {
        Delivery delivery = deliveryOf(visible(actor, id), deliveryId);
        List<DeliveryAttempt> latest = new ArrayList<>(DeliveryAttempt.<DeliveryAttempt>find("deliveryId", Sort.descending("number"), delivery.id)
                .page(0, DeliveryAttempt.LATEST_SHOWN).list());
        Collections.reverse(latest);
        return new DeliveryWithAttempts(delivery, latest);
    }

    /** Every attempt of the delivery, first first, a page at a time. */
    @Transactional
    public Page<DeliveryAttempt> attempts(Actor actor, UUID id, UUID deliveryId, PageRequest paging) {
        Delivery delivery = deliveryOf(visible(actor, id), deliveryId);
        PanacheQuery<DeliveryAttempt> query = DeliveryAttempt.find("deliveryId", Sort.by("number"), delivery.id);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /**
     * Sends a dead or delivered webhook again, with the same webhook id and a fresh retry budget;
     * the owner's word that the endpoint works closes its circuit.
     */
    @Transactional
    public Delivery redeliver(Actor actor, UUID id, UUID deliveryId) {
        Subscription subscription = managed(actor, id);
        Delivery delivery = deliveryOf(subscription, deliveryId);
        if (delivery.state == DeliveryState.PENDING) {
            throw ProblemException.illegalTransition(Text.of("notifications.action.redeliver-pending"), DeliveryState.PENDING.name());
        }
        Instant now = today.now();
        delivery.redeliver(now, schedule.giveUpAfter(now));
        subscription.closeCircuit();
        wakeAfterCommit();
        return delivery;
    }

    private NewSecret newSecret(Subscription subscription, Instant now) {
        SigningSecret secret = SigningSecret.of(subscription.id, WebhookSigner.newSecret(random), now);
        secret.persist();
        return new NewSecret(secret.id, secret.secret);
    }

    private SubscriptionDetails details(Subscription subscription) {
        Instant now = today.now();
        Instant previousExpires = SigningSecret.<SigningSecret>list("subscriptionId", subscription.id).stream()
                .filter(s -> s.expiresAt != null && s.validAt(now)).map(s -> s.expiresAt).max(Comparator.naturalOrder()).orElse(null);
        return new SubscriptionDetails(subscription, null, previousExpires);
    }

    private void requireValid(SubscriptionChange change) {
        List<InvalidField> errors = new ArrayList<>();
        egress.refusal(change.url(), InetAddress::getAllByName).ifPresent(reason -> errors.add(new InvalidField("url", Text.verbatim(reason))));
        for (int i = 0; i < change.eventTypes().size(); i++) {
            int index = i;
            WebhookEventTypes.refusal(change.eventTypes().get(i))
                    .ifPresent(key -> errors.add(InvalidField.of("eventTypes[" + index + "]", key)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /**
     * Another subscription of the same owner may be active ({@link EndpointLimit}). The owner's subscriptions are
     * counted under a transaction-scoped lock on the owner, so that two requests at once cannot both take the last place.
     */
    private static void requireRoomForActive(Subscription subscription) {
        NamedLocks.lock(Subscription.getEntityManager(), "webhook-subscriptions:" + subscription.ownerKey());
        long others = subscription.partnerId == null
                ? Subscription.count("owner = ?1 and active = true and id <> ?2", subscription.owner, subscription.id)
                : Subscription.count("owner = ?1 and partnerId = ?2 and active = true and id <> ?3", subscription.owner,
                subscription.partnerId, subscription.id);
        EndpointLimit.requireRoomBeside(others);
    }

    private static void requireManager(Actor actor) {
        if (actor.role() != ActorRole.PARTNER && actor.role() != ActorRole.OFFICER) {
            throw ProblemException.forbidden(Text.of("notifications.forbidden.managers"));
        }
    }

    /** The subscription if the caller may read it (its owner, the office); else as if it did not exist. */
    private static Subscription visible(Actor actor, UUID id) {
        return Subscription.<Subscription>findByIdOptional(id).filter(s -> s.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound(SUBSCRIPTION, id));
    }

    private static Subscription managed(Actor actor, UUID id) {
        Subscription subscription = visible(actor, id);
        if (!subscription.manageableBy(actor)) {
            throw ProblemException.forbidden(Text.of(actor.isOfficer() ? "notifications.forbidden.partners-own"
                    : "notifications.forbidden.auditors-read"));
        }
        return subscription;
    }

    private static Delivery deliveryOf(Subscription subscription, UUID deliveryId) {
        return Delivery.<Delivery>findByIdOptional(deliveryId).filter(d -> Objects.equals(d.subscriptionId, subscription.id))
                .orElseThrow(() -> ProblemException.notFound(DELIVERY, deliveryId));
    }

    private void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}
