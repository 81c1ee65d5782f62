package id.go.bekasikota.koperasi.contracts.registry;

/** A RAT report was filed, or corrected ({@code revision} above 1), for {@code financialYear}. */
public record AnnualReportFiled(CooperativeSnapshot cooperative, int financialYear, int revision) {
}
