package id.go.bekasikota.koperasi.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A small business (UKM) in a cluster. The owner's name is shown to the office only. */
@Entity
@Table(name = "cluster_member")
public class ClusterMember extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cluster_id")
    public UUID clusterId;
    @Column(name = "business_name")
    public String businessName;
    @Column(name = "owner_name")
    public String ownerName;
    public String products;
    @Column(name = "kecamatan_code")
    public String kecamatanCode;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Column(name = "created_at")
    public Instant createdAt;

    public static ClusterMember join(UUID clusterId, ClusterMemberData data, Instant now) {
        ClusterMember member = new ClusterMember();
        member.id = UUID.randomUUID();
        member.clusterId = clusterId;
        member.businessName = data.businessName();
        member.ownerName = data.ownerName();
        member.products = data.products();
        member.kecamatanCode = data.kecamatanCode();
        member.joinedOn = data.joinedOn();
        member.createdAt = now;
        return member;
    }
}
