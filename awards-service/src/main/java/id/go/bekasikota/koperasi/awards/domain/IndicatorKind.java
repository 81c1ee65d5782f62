package id.go.bekasikota.koperasi.awards.domain;

/**
 * What a computed indicator measures, from the cooperative's RAT reports (as the register
 * publishes them) and its loans (as financing publishes them). F is the program's latest due
 * financial year (DESIGN.md 3.1). The indicator's target is in the same unit as the actual value.
 */
public enum IndicatorKind {
    /** Years of F-2..F whose RAT was held by 30 June of the following year; target in years (normally 3). */
    RAT_ON_TIME("years", "RAT held on time (by 30 June of the following year) in F-2..F"),
    /** Growth of members (male + female) from F-1 to F, percent. */
    MEMBER_GROWTH("percent", "Member growth from F-1 to F"),
    /** Growth of assets from F-1 to F, percent. */
    ASSET_GROWTH("percent", "Asset growth from F-1 to F"),
    /** Growth of turnover (volume usaha) from F-1 to F, percent. */
    TURNOVER_GROWTH("percent", "Turnover (volume usaha) growth from F-1 to F"),
    /** Growth of own capital (modal sendiri) from F-1 to F, percent. */
    OWN_CAPITAL_GROWTH("percent", "Own capital growth from F-1 to F"),
    /** Growth of surplus (SHU) from F-1 to F, percent of the absolute F-1 surplus. */
    SHU_GROWTH("percent", "Surplus (SHU) growth from F-1 to F"),
    /** Own capital as a percent of assets in F. */
    EQUITY_RATIO("percent", "Own capital as a share of assets in F"),
    /** Surplus (SHU) as a percent of assets in F. */
    RETURN_ON_ASSETS("percent", "Surplus (SHU) as a share of assets in F"),
    /** Percent of the cooperative's known loans that never defaulted (100 with no loans). */
    CLEAN_REPAYMENT("percent", "Loans never in default, as a share of all known loans");

    private final String unit;
    private final String description;

    IndicatorKind(String unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }
}
