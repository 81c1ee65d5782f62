package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An award program of one year, category and level, with its scoring sheet. */
@Entity
@Table(name = "award_program")
public class AwardProgram extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public int year;
    public String name;
    @Enumerated(EnumType.STRING)
    public AwardCategory category;
    @Enumerated(EnumType.STRING)
    public Jenis jenis;
    @Enumerated(EnumType.STRING)
    public AwardLevel level;
    @Column(name = "nominations_open_on")
    public LocalDate nominationsOpenOn;
    @Column(name = "nominations_close_on")
    public LocalDate nominationsCloseOn;
    /** Set when an officer closed the nominations before the window's end. */
    @Column(name = "nominations_closed_on")
    public LocalDate nominationsClosedOn;
    @Column(name = "announcement_on")
    public LocalDate announcementOn;
    @Column(name = "self_nomination")
    public boolean selfNomination;
    public int winners;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scoring_sheet")
    public List<Indicator> scoringSheet = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public ProgramState state;
    @Column(name = "finalised_on")
    public LocalDate finalisedOn;
    @Column(name = "finalised_by")
    public String finalisedBy;
    @Column(name = "announced_on")
    public LocalDate announcedOn;
    @Column(name = "announced_by")
    public String announcedBy;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public ScoringSheet sheet() {
        return new ScoringSheet(scoringSheet);
    }

    /** Nominations are taken on the days of the window, both ends included, unless an officer closed them early. */
    public boolean windowOpenOn(LocalDate date) {
        return nominationsClosedOn == null && !date.isBefore(nominationsOpenOn) && !date.isAfter(nominationsCloseOn);
    }

    /** Nominations are over: the window has passed, or an officer closed them early. */
    public boolean nominationsOver(LocalDate today) {
        return nominationsClosedOn != null || today.isAfter(nominationsCloseOn);
    }

    public boolean announced() {
        return state == ProgramState.ANNOUNCED;
    }

    /**
     * The date computed indicators are measured as of (F is the latest due financial year then):
     * the close of the nomination window, or the day nominations were closed early. Fixed, so
     * the figures do not move while the jury works.
     */
    public LocalDate assessmentDate() {
        return nominationsClosedOn != null ? nominationsClosedOn : nominationsCloseOn;
    }
}
