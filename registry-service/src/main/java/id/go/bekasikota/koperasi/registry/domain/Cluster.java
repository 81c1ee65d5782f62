package id.go.bekasikota.koperasi.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A cluster (sentra) of small businesses (UKM) that buy raw materials, produce and sell
 * together, usually around a host cooperative: e.g. "Boneka" (dolls) or "Mamin" (food and beverage).
 */
@Entity
@Table(name = "cluster")
public class Cluster extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "product_category")
    public ProductCategory productCategory;
    public String description;
    @Column(name = "host_cooperative_id")
    public UUID hostCooperativeId;
    @Column(name = "kecamatan_code")
    public String kecamatanCode;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Cluster create(ClusterData data, Instant now) {
        Cluster cluster = new Cluster();
        cluster.id = UUID.randomUUID();
        cluster.createdAt = now;
        cluster.change(data, now);
        return cluster;
    }

    /** The data as the office entered it. */
    public ClusterData data() {
        return new ClusterData(name, productCategory, description, hostCooperativeId, kecamatanCode);
    }

    /** Replaces the cluster's data (a full update); data it has already changes nothing, not its version either: false then. */
    public boolean change(ClusterData data, Instant now) {
        if (data.equals(data())) {
            return false;
        }
        name = data.name();
        productCategory = data.productCategory();
        description = data.description();
        hostCooperativeId = data.hostCooperativeId();
        kecamatanCode = data.kecamatanCode();
        updatedAt = now;
        return true;
    }
}
