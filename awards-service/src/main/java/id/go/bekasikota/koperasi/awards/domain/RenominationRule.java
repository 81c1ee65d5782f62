package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;

/**
 * Re-nomination after a withdrawal: a cooperative withdrawn from a program may be nominated for it
 * again while the program is OPEN and its nomination window is open (the rules of every
 * nomination), at most {@value #MAX_RENOMINATIONS} times, so at most
 * {@value #MAX_RENOMINATIONS} + 1 nominations of one cooperative per program. The jury's record
 * is kept across them: conflicts belong to juror x cooperative x program, and a withdrawn
 * nomination keeps its scores and its history.
 */
public final class RenominationRule {

    /** Re-nominations allowed per cooperative and program: enough to correct a nomination, not to cycle. */
    public static final int MAX_RENOMINATIONS = 2;

    private RenominationRule() {
    }

    /** @param withdrawn how many of the cooperative's nominations for the program were withdrawn */
    public static boolean allows(long withdrawn) {
        return withdrawn <= MAX_RENOMINATIONS;
    }

    /** Why a nomination is refused after {@code withdrawn} withdrawals. */
    public static Text refusal(long withdrawn) {
        return Text.of("awards.nominable.renomination-limit", String.valueOf(withdrawn), String.valueOf(MAX_RENOMINATIONS));
    }
}
