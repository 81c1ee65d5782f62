package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A juror's declared conflict of interest with a nomination: that juror may not score it, and earlier scores do not count. */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "nomination_id")
    public UUID nominationId;
    public String juror;
    public String reason;
    @Column(name = "declared_at")
    public Instant declaredAt;
}
