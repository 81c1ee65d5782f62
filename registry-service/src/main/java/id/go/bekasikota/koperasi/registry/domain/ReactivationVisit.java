package id.go.bekasikota.koperasi.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;

/** One visit of an officer to a dormant cooperative, with what was found and agreed. */
@Embeddable
public class ReactivationVisit {

    @Column(name = "visited_on")
    public LocalDate visitedOn;
    public String notes;
    @Column(name = "next_steps")
    public String nextSteps;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public ReactivationVisit() {
    }

    public ReactivationVisit(LocalDate visitedOn, String notes, String nextSteps, String recordedBy, Instant recordedAt) {
        this.visitedOn = visitedOn;
        this.notes = notes;
        this.nextSteps = nextSteps;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
