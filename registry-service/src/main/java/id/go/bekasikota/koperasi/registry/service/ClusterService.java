package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.registry.domain.Cluster;
import id.go.bekasikota.koperasi.registry.domain.ClusterMember;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.ProductCategory;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterMemberRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** UKM clusters and their member businesses. */
@ApplicationScoped
public class ClusterService {

    /** A cluster with what its views need beside the entity. */
    public record ClusterWithFacts(Cluster cluster, String hostCooperativeName, long memberCount) {
    }

    @Transactional
    public ClusterWithFacts create(ClusterRequest request) {
        Cluster cluster = new Cluster();
        cluster.id = UUID.randomUUID();
        cluster.createdAt = Instant.now();
        apply(request, cluster);
        cluster.persist();
        return facts(cluster);
    }

    @Transactional
    public ClusterWithFacts replace(UUID id, String ifMatch, ClusterRequest request) {
        Cluster cluster = require(id);
        EntityTags.requireMatch(ifMatch, cluster.version);
        apply(request, cluster);
        return facts(cluster);
    }

    @Transactional
    public Optional<ClusterWithFacts> find(UUID id) {
        return Cluster.<Cluster>findByIdOptional(id).map(this::facts);
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
        return Page.of(clusters.stream().map(this::facts).toList(), paging, query.count());
    }

    @Transactional
    public ClusterMember addMember(UUID clusterId, ClusterMemberRequest request) {
        require(clusterId);
        String businessName = request.businessName().strip();
        ClusterMember.<ClusterMember>find("clusterId = ?1 and lower(businessName) = ?2", clusterId, businessName.toLowerCase(Locale.ROOT))
                .firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.duplicate("Business " + existing.businessName + " is a member of this cluster already",
                            existing.id.toString());
                });
        ClusterMember member = new ClusterMember();
        member.id = UUID.randomUUID();
        member.clusterId = clusterId;
        member.businessName = businessName;
        member.ownerName = request.ownerName().strip();
        member.products = request.products().strip();
        member.kecamatanCode = request.kecamatanCode();
        member.joinedOn = request.joinedOn();
        member.createdAt = Instant.now();
        member.persist();
        return member;
    }

    @Transactional
    public void removeMember(UUID clusterId, UUID memberId) {
        require(clusterId);
        ClusterMember member = ClusterMember.<ClusterMember>findByIdOptional(memberId)
                .filter(m -> m.clusterId.equals(clusterId))
                .orElseThrow(() -> ProblemException.notFound("Cluster member", memberId));
        member.delete();
    }

    @Transactional
    public Page<ClusterMember> members(UUID clusterId, PageRequest paging) {
        require(clusterId);
        var query = ClusterMember.<ClusterMember>find("clusterId", Sort.by("businessName").and("id"), clusterId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    private void apply(ClusterRequest request, Cluster cluster) {
        if (request.hostCooperativeId() != null && Cooperative.findById(request.hostCooperativeId()) == null) {
            throw ProblemException.invalid("hostCooperativeId", "no cooperative " + request.hostCooperativeId() + " in the register");
        }
        String name = request.name().strip();
        Cluster.<Cluster>find("lower(name) = ?1 and kecamatanCode = ?2 and id <> ?3", name.toLowerCase(Locale.ROOT),
                        request.kecamatanCode(), cluster.id)
                .firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.duplicate("Cluster " + existing.name + " exists already in this kecamatan", existing.id.toString());
                });
        cluster.name = name;
        cluster.productCategory = request.productCategory();
        cluster.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        cluster.hostCooperativeId = request.hostCooperativeId();
        cluster.kecamatanCode = request.kecamatanCode();
        cluster.updatedAt = Instant.now();
    }

    private ClusterWithFacts facts(Cluster cluster) {
        String host = cluster.hostCooperativeId == null ? null
                : Cooperative.<Cooperative>findByIdOptional(cluster.hostCooperativeId).map(c -> c.name).orElse(null);
        return new ClusterWithFacts(cluster, host, ClusterMember.count("clusterId", cluster.id));
    }

    private Cluster require(UUID id) {
        return Cluster.<Cluster>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cluster", id));
    }
}
