package id.go.bekasikota.koperasi.registry.domain;

/** For savings-and-loan cooperatives: members only, or open to non-members (OJK-supervised since UU 4/2023). */
public enum SavingsLoanScope {
    CLOSED_LOOP,
    OPEN_LOOP
}
