package id.go.bekasikota.koperasi.registry.domain;

import java.time.Instant;

/** One change of the register as the feed serves it: where it is, when it committed, the cooperative after it. */
public record RegisterChange(ChangeCursor cursor, Instant changedAt, RegisterEntry cooperative) {
}
