package id.go.bekasikota.koperasi.registry.domain;

/** A cluster read inside its transaction, with what its views need beside it: the host's name and the member count. */
public record ClusterWithFacts(Cluster cluster, String hostCooperativeName, long memberCount) {
}
