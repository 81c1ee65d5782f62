package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Standing;

/**
 * A cooperative read inside its transaction, with its standing as of today and whether it is under
 * reactivation ({@link ReactivationCase#flags}: a case open and the cooperative INACTIVE).
 */
public record CooperativeWithStanding(Cooperative cooperative, Standing standing, boolean underReactivation) {

    public CooperativeWithStanding {
        underReactivation = ReactivationCase.flags(standing.status(), underReactivation);
    }
}
