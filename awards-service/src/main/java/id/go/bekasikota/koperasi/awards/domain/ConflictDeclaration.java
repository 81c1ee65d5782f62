package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A juror's declared conflict of interest with a cooperative in a program (juror x cooperative x
 * program): it applies to every nomination of that cooperative in that program, a re-nomination
 * after a withdrawal included. The juror may neither read nor score them, and any score it gave
 * does not count. {@code nominationId} is the nomination it was declared on.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Column(name = "nomination_id")
    public UUID nominationId;
    public String juror;
    public String reason;
    @Column(name = "declared_at")
    public Instant declaredAt;

    static ConflictDeclaration of(Nomination nomination, String juror, String reason, Instant at) {
        ConflictDeclaration declaration = new ConflictDeclaration();
        declaration.id = UUID.randomUUID();
        declaration.programId = nomination.programId;
        declaration.cooperativeId = nomination.cooperativeId;
        declaration.nominationId = nomination.id;
        declaration.juror = juror;
        declaration.reason = reason;
        declaration.declaredAt = at;
        return declaration;
    }

    /** The declaration bars this juror from every nomination of its cooperative in its program. */
    public boolean bars(String subject, UUID program, UUID cooperative) {
        return juror.equals(subject) && programId.equals(program) && cooperativeId.equals(cooperative);
    }
}
