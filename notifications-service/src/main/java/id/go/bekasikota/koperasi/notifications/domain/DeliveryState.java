package id.go.bekasikota.koperasi.notifications.domain;

/** Where a delivery stands: PENDING -> DELIVERED, or PENDING -> DEAD once its budget is spent; redelivery makes it PENDING again. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    DEAD
}
