package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;

/**
 * One cell of the activation figures of a date: the cooperatives of one kecamatan, jenis and
 * kelompok with one status and grade, under reactivation or not. Every figure of the dashboard is
 * a sum over cells.
 */
public record TallyCell(String kecamatanCode, String jenis, String kelompok, ActivityStatus status, RatGrade grade,
                        boolean underReactivation) {
}
