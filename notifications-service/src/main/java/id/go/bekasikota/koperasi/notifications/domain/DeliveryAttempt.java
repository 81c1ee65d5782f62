package id.go.bekasikota.koperasi.notifications.domain;

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
        a.error = error;
        a.responseExcerpt = excerpt;
        return a;
    }
}
