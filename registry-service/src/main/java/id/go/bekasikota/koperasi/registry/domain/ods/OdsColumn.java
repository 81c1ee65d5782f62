package id.go.bekasikota.koperasi.registry.domain.ods;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the ministry's ODS export that a reconciliation reads, with the header names
 * they go by (English, and the Indonesian ones of the export and its variants). A header cell is
 * compared by its {@linkplain OdsText#key key}: case, accents, spacing and punctuation do not count.
 */
public enum OdsColumn {
    COOPERATIVE_NUMBER(true, null, "cooperativeNumber", "NIK Koperasi", "Nomor Induk Koperasi", "NIK", "No NIK Koperasi",
            "Nomor NIK Koperasi", "No Induk Koperasi"),
    NAME(true, null, "name", "Nama Koperasi", "Nama"),
    LEGAL_ENTITY_NUMBER(false, OdsField.LEGAL_ENTITY_NUMBER, "legalEntityNumber", "No Badan Hukum", "Nomor Badan Hukum",
            "No BH", "Nomor BH", "Badan Hukum", "No Akta Badan Hukum"),
    LEGAL_ENTITY_DATE(false, null, "legalEntityDate", "Tanggal Badan Hukum", "Tgl Badan Hukum", "Tanggal BH", "Tgl BH"),
    ADDRESS(false, null, "address", "Alamat", "Alamat Koperasi", "Alamat Lengkap"),
    KECAMATAN(false, OdsField.KECAMATAN, "kecamatan", "kecamatanCode", "Kecamatan", "Kode Kecamatan", "Nama Kecamatan"),
    STATUS(false, OdsField.STATUS, "status", "Status", "Status Koperasi", "Status Keaktifan"),
    GRADE(false, OdsField.GRADE, "grade", "Grade", "Grade Koperasi", "Grade RAT", "Predikat"),
    LAST_RAT_YEAR(false, OdsField.LAST_RAT_YEAR, "lastRatYear", "Tahun RAT Terakhir", "RAT Terakhir", "Tahun RAT",
            "Tahun Buku RAT Terakhir");

    private final boolean required;
    private final OdsField compared;
    private final List<String> names;

    OdsColumn(boolean required, OdsField compared, String... names) {
        this.required = required;
        this.compared = compared;
        this.names = List.of(names);
    }

    /** A reconciliation cannot run without it: rows are matched by it. */
    public boolean required() {
        return required;
    }

    /** The register field this column is compared with, if it is compared. */
    public Optional<OdsField> compared() {
        return Optional.ofNullable(compared);
    }

    /** The name written in the documentation (the ODS export's own). */
    public String displayName() {
        return names.get(1);
    }

    public List<String> names() {
        return names;
    }

    /** The column a header cell names, if any. */
    public static Optional<OdsColumn> forHeader(String header) {
        String key = OdsText.key(header);
        return Arrays.stream(values()).filter(c -> c.names.stream().anyMatch(n -> OdsText.key(n).equals(key))).findFirst();
    }
}
