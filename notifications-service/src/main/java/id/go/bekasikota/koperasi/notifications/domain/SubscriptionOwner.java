package id.go.bekasikota.koperasi.notifications.domain;

/** Who a subscription belongs to. */
public enum SubscriptionOwner {
    /** A partner bank or fund: receives only events about its own (forwarded) applications. */
    PARTNER,
    /** The office, for a government system (the province's, the ministry's data system). */
    OFFICE
}
