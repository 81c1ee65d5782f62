package id.go.bekasikota.koperasi.contracts.registry;

/** A cooperative entered the register. */
public record CooperativeRegistered(CooperativeSnapshot cooperative) {
}
