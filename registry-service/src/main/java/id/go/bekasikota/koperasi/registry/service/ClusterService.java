package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.persistence.NamedLocks;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Cluster;
import id.go.bekasikota.koperasi.registry.domain.ClusterData;
import id.go.bekasikota.koperasi.registry.domain.ClusterHistoryEntry;
import id.go.bekasikota.koperasi.registry.domain.ClusterMember;
import id.go.bekasikota.koperasi.registry.domain.ClusterMemberData;
import id.go.bekasikota.koperasi.registry.domain.ClusterWithFacts;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.ProductCategory;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** UKM clusters and their member businesses. */
@ApplicationScoped
public class ClusterService {

    private final Today today;

    public ClusterService(Today today) {
        this.today = today;
    }

    @Transactional
    public ClusterWithFacts create(ClusterData data, Actor actor) {
        refuseUnknownHostOrDuplicateName(data, null);
        Instant now = today.now();
        Cluster cluster = Cluster.create(data, now);
        cluster.persist();
        ClusterHistoryEntry.of(cluster, ClusterHistoryEntry.Action.CREATED, actor, now).persist();
        return factsOf(cluster);
    }

    @Transactional
    public ClusterWithFacts replace(UUID id, String ifMatch, ClusterData data, Actor actor) {
        // Locked before its version is compared: two saves of one tab's tag wait for each other, and the second is a 412.
        Cluster cluster = lock(id);
        EntityTags.requireMatch(ifMatch, cluster.version);
        refuseUnknownHostOrDuplicateName(data, cluster.id);
        Instant now = today.now();
        if (cluster.change(data, now)) {
            ClusterHistoryEntry.of(cluster, ClusterHistoryEntry.Action.CHANGED, actor, now).persist();
        }
        return factsOf(cluster);
    }

    /** Who created and changed the cluster and added and removed its members, oldest first. */
    @Transactional
    public Page<ClusterHistoryEntry> history(UUID clusterId, PageRequest paging) {
        require(clusterId);
        var query = ClusterHistoryEntry.<ClusterHistoryEntry>find("clusterId", Sort.by("id"), clusterId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    @Transactional
    public Optional<ClusterWithFacts> find(UUID id) {
        return Cluster.<Cluster>findByIdOptional(id).map(ClusterService::factsOf);
    }

    @Transactional
    public Page<ClusterWithFacts> list(PageRequest paging, String kecamatanCode, ProductCategory category, UUID hostCooperativeId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kecamatanCode != null) {
            where.append(" and kecamatanCode = :kecamatan");
            params.and("kecamatan", kecamatanCode);
        }
        if (category != null) {
            where.append(" and productCategory = :category");
            params.and("category", category);
        }
        if (hostCooperativeId != null) {
            where.append(" and hostCooperativeId = :host");
            params.and("host", hostCooperativeId);
        }
        var query = Cluster.<Cluster>find(where.toString(), Sort.by("name").and("id"), params);
        List<Cluster> clusters = query.page(paging.page() - 1, paging.size()).list();
        return Page.of(facts(clusters), paging, query.count());
    }

    /** The facts of a page of clusters in two queries (host names, member counts), not two per cluster. */
    private static List<ClusterWithFacts> facts(List<Cluster> clusters) {
        if (clusters.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = clusters.stream().map(c -> c.id).toList();
        List<UUID> hosts = clusters.stream().map(c -> c.hostCooperativeId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> hostNames = new HashMap<>();
        if (!hosts.isEmpty()) {
            Cooperative.getEntityManager().createQuery("select c.id, c.name from Cooperative c where c.id in :ids", Object[].class)
                    .setParameter("ids", hosts).getResultList().forEach(row -> hostNames.put((UUID) row[0], (String) row[1]));
        }
        Map<UUID, Long> members = new HashMap<>();
        ClusterMember.getEntityManager().createQuery(
                        "select m.clusterId, count(m) from ClusterMember m where m.clusterId in :ids group by m.clusterId", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> members.put((UUID) row[0], (Long) row[1]));
        return clusters.stream().map(c -> new ClusterWithFacts(c, c.hostCooperativeId == null ? null : hostNames.get(c.hostCooperativeId),
                members.getOrDefault(c.id, 0L))).toList();
    }

    /** Adds a member business; a business of the same name (any case) in the cluster is a 409 naming it. */
    @Transactional
    public ClusterMember addMember(UUID clusterId, ClusterMemberData data, Actor actor) {
        // The cluster's row locked: two additions of one business wait for each other, and the second finds the first.
        lock(clusterId);
        ClusterMember.<ClusterMember>find("clusterId = ?1 and lower(businessName) = ?2", clusterId, data.businessName().toLowerCase(Locale.ROOT))
                .firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.duplicate(Text.of("registry.cluster.member-already", existing.businessName),
                            existing.id.toString(), "businessName");
                });
        Instant now = today.now();
        ClusterMember member = ClusterMember.join(clusterId, data, now);
        member.persist();
        ClusterHistoryEntry.of(member, ClusterHistoryEntry.Action.MEMBER_ADDED, actor, now).persist();
        return member;
    }

    @Transactional
    public void removeMember(UUID clusterId, UUID memberId, Actor actor) {
        // The cluster's row locked: a second removal of the member waits for the first, then finds it gone (404).
        lock(clusterId);
        ClusterMember member = member(clusterId, memberId);
        member.delete();
        ClusterHistoryEntry.of(member, ClusterHistoryEntry.Action.MEMBER_REMOVED, actor, today.now()).persist();
    }

    /** One member business of the cluster; another cluster's member is a 404, as an unknown one. */
    @Transactional
    public ClusterMember member(UUID clusterId, UUID memberId) {
        require(clusterId);
        return ClusterMember.<ClusterMember>findByIdOptional(memberId)
                .filter(m -> m.clusterId.equals(clusterId))
                .orElseThrow(() -> ProblemException.notFound(Subjects.CLUSTER_MEMBER, memberId));
    }

    @Transactional
    public Page<ClusterMember> members(UUID clusterId, PageRequest paging) {
        require(clusterId);
        var query = ClusterMember.<ClusterMember>find("clusterId", Sort.by("businessName").and("id"), clusterId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** The host must be in the register; a cluster's name (any case) is one per kecamatan. */
    private void refuseUnknownHostOrDuplicateName(ClusterData data, UUID self) {
        if (data.hostCooperativeId() != null && Cooperative.findById(data.hostCooperativeId()) == null) {
            throw ProblemException.invalid("hostCooperativeId", Text.of("registry.cluster.host-unknown", data.hostCooperativeId()));
        }
        // Writes of one name in one kecamatan wait for each other until the first commits: the second finds it and is a 409
        // naming it, instead of failing on the unique index at its commit.
        NamedLocks.lock(Cluster.getEntityManager(), "cluster-name:" + data.kecamatanCode() + ":" + data.name().toLowerCase(Locale.ROOT));
        Cluster.<Cluster>find("lower(name) = ?1 and kecamatanCode = ?2", data.name().toLowerCase(Locale.ROOT), data.kecamatanCode())
                .stream().filter(existing -> !existing.id.equals(self)).findFirst().ifPresent(existing -> {
                    throw ProblemException.duplicate(Text.of("registry.cluster.name-taken", existing.name), existing.id.toString(), "name");
                });
    }

    private static ClusterWithFacts factsOf(Cluster cluster) {
        return facts(List.of(cluster)).get(0);
    }

    private Cluster require(UUID id) {
        return Cluster.<Cluster>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Subjects.CLUSTER, id));
    }

    /** The cluster, its row locked for update until the transaction ends. */
    private Cluster lock(UUID id) {
        return Cluster.<Cluster>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(Subjects.CLUSTER, id));
    }
}
