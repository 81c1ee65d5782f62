package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines of a cooperative's and a cluster's history: what a write did, by whom, naming fields and businesses, not people. */
class HistoryEntriesTest {

    private static final Actor OFFICER = Actor.officer("officer@dev");
    private static final Actor IMPORTER = new Actor("pengolah-data@dev", ActorRole.OFFICER, null, null);
    private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");

    @Test
    void aChangesLineNamesTheFieldsItsUpdatedEventNames() {
        Cooperative cooperative = CooperativeTest.registered(CooperativeTest.limaGaruda());
        CooperativeData before = cooperative.data();
        CooperativeData moved = new CooperativeData(before.cooperativeNumber(), "Koperasi Lima Garuda Sejahtera", before.legalEntityNumber(),
                before.legalEntityDate(), before.jenis(), before.bentuk(), before.kelompok(), before.kbliCode(), before.kbliEdition(),
                before.savingsLoanScope(), before.address(), before.kecamatanCode(), before.kelurahan(), before.foundedOn(),
                "+62 21 8809999", before.email(), before.board(), before.supervisors(), before.branches());
        List<DomainEvent> events = new ArrayList<>(cooperative.change(moved, CooperativeTest.TODAY, NOW));
        assertThat(CooperativeHistoryEntry.changedFields(events)).containsExactly("name", "phone");
        // Other events of the write (a standing change) name no fields; without an updated event there are none.
        assertThat(CooperativeHistoryEntry.changedFields(List.of())).isEmpty();
        events.add(0, new DomainEvent("t", "other", "cooperative", cooperative.id.toString(), 1, "k", "not an update"));
        assertThat(CooperativeHistoryEntry.changedFields(events)).containsExactly("name", "phone");
    }

    @Test
    void aWriteSaysWhatItDidWhoDidItAndTheImportItWasARowOf() {
        Cooperative cooperative = CooperativeTest.registered(CooperativeTest.limaGaruda());
        UUID importId = UUID.randomUUID();
        CooperativeWrite registered = CooperativeWrite.registered(cooperative, IMPORTER, importId);
        assertThat(registered.action()).isEqualTo(CooperativeHistoryEntry.Action.REGISTERED);
        assertThat(registered.changedFields()).isEmpty();
        assertThat(registered.actor()).isEqualTo(IMPORTER);
        assertThat(registered.importId()).isEqualTo(importId);
        assertThat(registered.cooperative()).isSameAs(cooperative);
        List<String> fields = new ArrayList<>(List.of("board"));
        CooperativeWrite updated = CooperativeWrite.updated(cooperative, fields, OFFICER, null);
        fields.add("phone");
        assertThat(updated.action()).isEqualTo(CooperativeHistoryEntry.Action.UPDATED);
        assertThat(updated.changedFields()).as("a copy").containsExactly("board");
        assertThat(updated.importId()).isNull();
        CooperativeWrite dissolved = CooperativeWrite.dissolved(cooperative, OFFICER);
        assertThat(dissolved.action()).isEqualTo(CooperativeHistoryEntry.Action.DISSOLVED);
        assertThat(dissolved.changedFields()).isEmpty();
        assertThat(dissolved.actor()).isEqualTo(OFFICER);
    }

    @Test
    void aClustersLineNamesTheBusinessNeverItsOwner() {
        Cluster cluster = Cluster.create(new ClusterData("Sentra Boneka", ProductCategory.DOLLS_AND_TOYS, null, null, "327507"), NOW);
        ClusterHistoryEntry created = ClusterHistoryEntry.of(cluster, ClusterHistoryEntry.Action.CREATED, OFFICER, NOW);
        assertThat(created.clusterId).isEqualTo(cluster.id);
        assertThat(created.action).isEqualTo(ClusterHistoryEntry.Action.CREATED);
        assertThat(created.memberId).isNull();
        assertThat(created.businessName).isNull();
        assertThat(created.actor).isEqualTo("officer@dev");
        assertThat(created.actorRole).isEqualTo("officer");
        assertThat(created.occurredAt).isEqualTo(NOW);

        ClusterMember member = ClusterMember.join(cluster.id, new ClusterMemberData("Boneka Ceria", "Ibu Yati", "Boneka", "327507",
                LocalDate.of(2024, 1, 2)), NOW);
        ClusterHistoryEntry removed = ClusterHistoryEntry.of(member, ClusterHistoryEntry.Action.MEMBER_REMOVED, IMPORTER, NOW);
        assertThat(removed.clusterId).isEqualTo(cluster.id);
        assertThat(removed.memberId).isEqualTo(member.id);
        assertThat(removed.businessName).isEqualTo("Boneka Ceria");
        assertThat(removed.actor).isEqualTo("pengolah-data@dev");
        assertThat(removed.action).isEqualTo(ClusterHistoryEntry.Action.MEMBER_REMOVED);
    }
}
