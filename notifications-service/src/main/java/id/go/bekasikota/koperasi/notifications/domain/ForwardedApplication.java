package id.go.bekasikota.koperasi.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A loan application forwarded to a partner: from then on the partner hears about it, as its API shows it to the partner. */
@Entity
@Table(name = "forwarded_application")
public class ForwardedApplication extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "forwarded_at")
    public Instant forwardedAt;
}
