package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Standing;

/** A cooperative read inside its transaction, with its standing as of today and whether a reactivation case is open. */
public record CooperativeWithStanding(Cooperative cooperative, Standing standing, boolean underReactivation) {
}
