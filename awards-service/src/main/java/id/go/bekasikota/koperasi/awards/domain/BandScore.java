package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;

/**
 * The published band of an achievement (percent of target), DESIGN.md 3.1: 100% and over scores
 * 100, 80-&lt;100% scores 75, 60-&lt;80% scores 50, 50-&lt;60% scores 25, below 50% scores 0.
 * Compared exactly: 79.99% is in the 50 band, never rounded up into the 75 band.
 */
public final class BandScore {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private BandScore() {
    }

    /** The band score of an exact achievement percent. */
    public static int of(BigDecimal achievementPercent) {
        return of(Fraction.whole(achievementPercent));
    }

    /** The band score of an exact achievement percent given as a quotient. */
    public static int of(Fraction achievementPercent) {
        if (achievementPercent.atLeast(HUNDRED)) {
            return 100;
        }
        if (achievementPercent.atLeast(EIGHTY)) {
            return 75;
        }
        if (achievementPercent.atLeast(SIXTY)) {
            return 50;
        }
        if (achievementPercent.atLeast(FIFTY)) {
            return 25;
        }
        return 0;
    }

    /** The achievement percent of an actual value against a positive target: actual / target x 100. */
    public static Fraction achievement(Fraction actual, BigDecimal target) {
        return actual.times(HUNDRED).dividedBy(target);
    }

    /** A human-readable band, e.g. "80-<100% -> 75". */
    public static String band(int score) {
        return switch (score) {
            case 100 -> ">=100% -> 100";
            case 75 -> "80-<100% -> 75";
            case 50 -> "60-<80% -> 50";
            case 25 -> "50-<60% -> 25";
            default -> "<50% -> 0";
        };
    }
}
