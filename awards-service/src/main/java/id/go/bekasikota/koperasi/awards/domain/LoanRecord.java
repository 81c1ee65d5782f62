package id.go.bekasikota.koperasi.awards.domain;

/**
 * What this service knows of a cooperative's loans, from financing's events (loan-standing projection).
 *
 * @param loans         loans that were disbursed (applications never disbursed are not loans)
 * @param defaulted     loans DEFAULTED now
 * @param everDefaulted loans that were DEFAULTED at some time, including those settled since
 */
public record LoanRecord(int loans, int defaulted, int everDefaulted) {

    public static final LoanRecord NONE = new LoanRecord(0, 0, 0);

    public boolean hasDefaultedLoan() {
        return defaulted > 0;
    }
}
