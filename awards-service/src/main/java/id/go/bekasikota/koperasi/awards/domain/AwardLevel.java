package id.go.bekasikota.koperasi.awards.domain;

import java.util.Optional;

/** The round an award program belongs to: the city's own, then the province's, then the national one. */
public enum AwardLevel {
    CITY,
    PROVINCE,
    NATIONAL;

    /** The round winners are forwarded to; none after the national round. */
    public Optional<AwardLevel> next() {
        return switch (this) {
            case CITY -> Optional.of(PROVINCE);
            case PROVINCE -> Optional.of(NATIONAL);
            case NATIONAL -> Optional.empty();
        };
    }
}
