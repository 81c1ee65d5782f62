package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;

/** What financing's problems are about, in the language of the answer ({@code financing.subject.*}). */
public final class Subjects {

    public static final Text PROGRAM = Text.of("financing.subject.program");
    public static final Text APPLICATION = Text.of("financing.subject.application");
    public static final Text DOCUMENT = Text.of("financing.subject.document");
    public static final Text COOPERATIVE = Text.of("financing.subject.cooperative");
    public static final Text REPAYMENT = Text.of("financing.subject.repayment");

    private Subjects() {
    }
}
