package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a cluster's history: who created or changed the cluster, who added or removed a member business, in which
 * role, when. A member's line names the business, never its owner: a removal deletes the member's row, owner name
 * included, and the line is what stays. Never changed once written.
 */
@Entity
@Table(name = "cluster_history")
public class ClusterHistoryEntry extends PanacheEntityBase {

    /** What a write did to the cluster. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ClusterHistoryAction")
    public enum Action {
        CREATED,
        CHANGED,
        MEMBER_ADDED,
        MEMBER_REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cluster_id")
    public UUID clusterId;
    @Enumerated(EnumType.STRING)
    public Action action;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "business_name")
    public String businessName;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "occurred_at")
    public Instant occurredAt;

    public static ClusterHistoryEntry of(Cluster cluster, Action action, Actor actor, Instant at) {
        return of(cluster.id, action, null, actor, at);
    }

    public static ClusterHistoryEntry of(ClusterMember member, Action action, Actor actor, Instant at) {
        ClusterHistoryEntry entry = of(member.clusterId, action, member.id, actor, at);
        entry.businessName = member.businessName;
        return entry;
    }

    private static ClusterHistoryEntry of(UUID clusterId, Action action, UUID memberId, Actor actor, Instant at) {
        ClusterHistoryEntry entry = new ClusterHistoryEntry();
        entry.clusterId = clusterId;
        entry.action = action;
        entry.memberId = memberId;
        entry.actor = actor.subject();
        entry.actorRole = actor.role().label();
        entry.occurredAt = at;
        return entry;
    }
}
