package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;

/** A small business joining a cluster, as the office enters it. */
public record ClusterMemberData(String businessName, String ownerName, String products, String kecamatanCode, LocalDate joinedOn) {
}
