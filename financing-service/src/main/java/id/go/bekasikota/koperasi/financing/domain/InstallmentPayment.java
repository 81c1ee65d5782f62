package id.go.bekasikota.koperasi.financing.domain;

/** The part of one repayment that went to one installment: interest first, then principal. */
public record InstallmentPayment(int number, long interest, long principal) {

    public long amount() {
        return interest + principal;
    }
}
