package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The public state of a cooperative after a change, carried by every registry event so that a
 * consumer's projection is a plain upsert guarded by {@code version}. No personal data: board
 * members, personal NIK and phone numbers never leave registry-service.
 *
 * @param cooperativeNumber Nomor Induk Koperasi, digits only; may be null for cooperatives not yet numbered
 * @param jenis             type under UU 25/1992: SIMPAN_PINJAM, KONSUMEN, PRODUSEN, PEMASARAN, JASA
 * @param kelompok          functional group (civil servants, employees, community, KUD, ...)
 * @param kecamatanCode     Kemendagri code of the kecamatan, e.g. 327501
 */
public record CooperativeSnapshot(
        UUID id,
        long version,
        String cooperativeNumber,
        String name,
        String jenis,
        String bentuk,
        String kelompok,
        String kbliCode,
        String kecamatanCode,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        List<AnnualReportSummary> annualReports) {

    public CooperativeSnapshot {
        annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    }
}
