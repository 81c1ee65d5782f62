package id.go.bekasikota.koperasi.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An award a cooperative won, as announced by the awards service (e.g. koperasi berprestasi on 12 July). */
@Entity
@Table(name = "award")
public class Award extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Column(name = "program_id")
    public String programId;
    public int year;
    public String category;
    /** e.g. CITY, PROVINCE, NATIONAL */
    public String level;
    public int rank;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    @Column(name = "announced_on")
    public LocalDate announcedOn;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "received_at")
    public Instant receivedAt;
}
