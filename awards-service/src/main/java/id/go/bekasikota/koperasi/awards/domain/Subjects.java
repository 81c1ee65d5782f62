package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;

/** What the awards' problems are about, in the language of the answer ({@code awards.subject.*}). */
public final class Subjects {

    public static final Text PROGRAM = Text.of("awards.subject.program");
    public static final Text NOMINATION = Text.of("awards.subject.nomination");
    public static final Text COOPERATIVE = Text.of("awards.subject.cooperative");
    public static final Text JUROR = Text.of("awards.subject.juror");
    public static final Text FORWARDING = Text.of("awards.subject.forwarding");

    private Subjects() {
    }
}
