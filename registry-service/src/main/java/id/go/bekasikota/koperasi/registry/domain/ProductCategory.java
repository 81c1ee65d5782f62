package id.go.bekasikota.koperasi.registry.domain;

/** What the businesses of a UKM cluster make. */
public enum ProductCategory {
    /** Boneka: Bekasi makes most of the dolls sold in Indonesia. */
    DOLLS_AND_TOYS,
    /** Mamin (makanan dan minuman). */
    FOOD_AND_BEVERAGE,
    GARMENT_AND_TEXTILE,
    HANDICRAFT,
    FURNITURE,
    AGRICULTURE_AND_FISHERY,
    SERVICES,
    OTHER
}
