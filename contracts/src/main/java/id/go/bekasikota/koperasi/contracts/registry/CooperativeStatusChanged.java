package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;

/** The activity status (ACTIVE, INACTIVE, DISSOLVED) changed as of {@code asOf}. */
public record CooperativeStatusChanged(CooperativeSnapshot cooperative, String previousStatus, String status, LocalDate asOf) {
}
