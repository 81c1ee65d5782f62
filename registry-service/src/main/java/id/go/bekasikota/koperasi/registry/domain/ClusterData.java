package id.go.bekasikota.koperasi.registry.domain;

import java.util.UUID;

/** A UKM cluster's data as the office enters it (create and full update); text normalised, blank as null. */
public record ClusterData(String name, ProductCategory productCategory, String description, UUID hostCooperativeId,
                          String kecamatanCode) {
}
