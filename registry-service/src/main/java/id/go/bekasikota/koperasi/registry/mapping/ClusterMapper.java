package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.registry.domain.ClusterHistoryEntry;
import id.go.bekasikota.koperasi.registry.domain.ClusterData;
import id.go.bekasikota.koperasi.registry.domain.ClusterMember;
import id.go.bekasikota.koperasi.registry.domain.ClusterMemberData;
import id.go.bekasikota.koperasi.registry.domain.ClusterWithFacts;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterHistoryView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterMemberRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterMemberView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterView;
import jakarta.enterprise.context.ApplicationScoped;

/** API model <-> domain for UKM clusters and their member businesses. */
@ApplicationScoped
public class ClusterMapper {

    public ClusterData toData(ClusterRequest r) {
        return new ClusterData(CooperativeMapper.text(r.name()), r.productCategory(), CooperativeMapper.text(r.description()),
                r.hostCooperativeId(), CooperativeMapper.text(r.kecamatanCode()));
    }

    public ClusterMemberData toData(ClusterMemberRequest r) {
        return new ClusterMemberData(CooperativeMapper.text(r.businessName()), CooperativeMapper.text(r.ownerName()),
                CooperativeMapper.text(r.products()), CooperativeMapper.text(r.kecamatanCode()), r.joinedOn());
    }

    public ClusterView toView(ClusterWithFacts found) {
        var c = found.cluster();
        return new ClusterView(c.id, c.name, c.productCategory.name(), c.description, c.hostCooperativeId,
                found.hostCooperativeName(), c.kecamatanCode, CooperativeMapper.kecamatanName(c.kecamatanCode),
                found.memberCount(), c.createdAt, c.updatedAt, c.version);
    }

    public ClusterHistoryView toView(ClusterHistoryEntry e) {
        return new ClusterHistoryView(e.action, e.memberId, e.businessName, e.actor, e.actorRole, e.occurredAt);
    }

    /** @param withOwner officers and auditors: the owner's name is personal data */
    public ClusterMemberView toView(ClusterMember m, boolean withOwner) {
        return new ClusterMemberView(m.id, m.clusterId, m.businessName, withOwner ? m.ownerName : null,
                m.products, m.kecamatanCode, m.joinedOn);
    }
}
