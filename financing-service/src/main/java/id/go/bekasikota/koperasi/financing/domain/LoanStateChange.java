package id.go.bekasikota.koperasi.financing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of an application's history: who moved it, in which role, when, from where to where, and why. */
@Entity
@Table(name = "loan_state_change")
public class LoanStateChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public LoanApplication application;
    @Enumerated(EnumType.STRING)
    public LoanAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public LoanApplicationState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public LoanApplicationState toState;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    public String reason;
    @Column(name = "occurred_at")
    public Instant occurredAt;
}
