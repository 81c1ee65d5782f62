package id.go.bekasikota.koperasi.registry.domain;

/**
 * Business size class (usaha mikro, kecil, menengah, besar) by the criteria of PP 7/2021 on the
 * ease, protection and empowerment of cooperatives and UMKM, article 35; the thresholds are
 * configuration ({@link SizeClassThresholds}).
 */
public enum SizeClass {
    /** Usaha mikro. */
    MICRO,
    /** Usaha kecil. */
    SMALL,
    /** Usaha menengah. */
    MEDIUM,
    /** Usaha besar: above the medium class's upper bound. */
    LARGE
}
