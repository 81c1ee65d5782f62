package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A juror (the token subject) assigned to a program by an officer. */
@Entity
@Table(name = "juror_assignment")
public class JurorAssignment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "program_id")
    public UUID programId;
    public String juror;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "assigned_at")
    public Instant assignedAt;

    static JurorAssignment of(UUID programId, String juror, String assignedBy, Instant at) {
        JurorAssignment assignment = new JurorAssignment();
        assignment.id = UUID.randomUUID();
        assignment.programId = programId;
        assignment.juror = juror;
        assignment.assignedBy = assignedBy;
        assignment.assignedAt = at;
        return assignment;
    }
}
