package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One try to deliver: when, the answer's status (none when there was no answer), how long it took, a bounded excerpt of the answer. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    /** The longest error kept ("no answer: " and 200 characters of the cause, "answered 503", "answered 429, Retry-After 120 s"). */
    public static final int ERROR_LENGTH = 300;
    /** The longest excerpt of an answer kept (koperasi.webhooks.delivery.response-excerpt, 500 by default, is cut to it). */
    public static final int EXCERPT_LENGTH = 500;
    /**
     * The latest attempts a delivery's detail shows (all of them are paged at its {@code /attempts}): redeliveries add
     * attempts without end, while one retry budget of the default schedule (5 s x 4 up to 12 h, 72 h) makes 14
     * (README), so one budget's attempts always show in full.
     */
    public static final int LATEST_SHOWN = 20;

    @Id
    public UUID id;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    public int number;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_ms")
    public long latencyMillis;
    public String error;
    @Column(name = "response_excerpt")
    public String responseExcerpt;

    static DeliveryAttempt of(UUID deliveryId, int number, Instant at, Integer status, long latencyMillis, String error, String excerpt) {
        DeliveryAttempt a = new DeliveryAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = deliveryId;
        a.number = number;
        a.attemptedAt = at;
        a.statusCode = status;
        a.latencyMillis = latencyMillis;
        a.error = Problem.clip(error, ERROR_LENGTH);
        a.responseExcerpt = Problem.clip(excerpt, EXCERPT_LENGTH);
        return a;
    }
}
