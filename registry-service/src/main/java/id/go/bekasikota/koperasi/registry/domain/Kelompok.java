package id.go.bekasikota.koperasi.registry.domain;

/** Functional group (kelompok koperasi): whom the cooperative gathers; a group, not a type. */
public enum Kelompok {
    /** Koperasi pegawai negeri / KPRI. */
    CIVIL_SERVANTS,
    /** Koperasi karyawan (e.g. Koperasi Karyawan Bridgestone). */
    COMPANY_EMPLOYEES,
    /** Koperasi masyarakat / serba usaha. */
    COMMUNITY,
    /** Koperasi Unit Desa. */
    KUD,
    /** Koperasi pensiunan, mahasiswa, pesantren and other groups. */
    OTHER
}
