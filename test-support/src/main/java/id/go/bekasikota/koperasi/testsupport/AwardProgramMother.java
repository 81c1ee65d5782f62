package id.go.bekasikota.koperasi.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Award programs as the awards API takes them (request bodies, mutable so a test can change one
 * field), with valid scoring sheets. Dates come from the caller, who takes them from the clock
 * it controls.
 */
public final class AwardProgramMother {

    private AwardProgramMother() {
    }

    /**
     * A city program of koperasi teladan (MODEL_COOPERATIVE) of the year of {@code closesOn}:
     * nominations from seven days before to {@code closesOn} (from 1 July when that is later: a window stays on one
     * side of a 1 July, {@link DueYear#firstDay}), announced 14 days after, two
     * winners, nominations by the office only, and a sheet of one juror indicator {@code K1}.
     */
    public static Map<String, Object> program(String name, LocalDate closesOn) {
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("year", closesOn.getYear());
        program.put("name", name);
        program.put("category", "MODEL_COOPERATIVE");
        program.put("level", "CITY");
        program.put("nominationsOpenOn", DueYear.later(closesOn.minusDays(7), DueYear.firstDay(closesOn)).toString());
        program.put("nominationsCloseOn", closesOn.toString());
        program.put("announcementOn", closesOn.plusDays(14).toString());
        program.put("selfNomination", false);
        program.put("winners", 2);
        program.put("scoringSheet", new ArrayList<>(List.of(juror("K1", "KELEMBAGAAN", 1))));
        return program;
    }

    /**
     * Five indicators of weight 20 over the three aspects, so a total is the plain mean of the
     * indicator scores: K1 RAT on time (target 2 years), K2 by the jurors, U1 member growth
     * (target 10%), F1 SHU growth (target 20%), F2 clean repayment (target 100%).
     */
    public static List<Map<String, Object>> fiveIndicatorSheet() {
        return List.of(
                computed("K1", "KELEMBAGAAN", "RAT_ON_TIME", 2, 20),
                juror("K2", "KELEMBAGAAN", 20),
                computed("U1", "USAHA", "MEMBER_GROWTH", 10, 20),
                computed("F1", "KEUANGAN", "SHU_GROWTH", 20, 20),
                computed("F2", "KEUANGAN", "CLEAN_REPAYMENT", 100, 20));
    }

    public static Map<String, Object> juror(String code, String aspect, Object weight) {
        return indicator(code, aspect, "JUROR", null, null, weight);
    }

    public static Map<String, Object> computed(String code, String aspect, String kind, Object target, Object weight) {
        return indicator(code, aspect, "COMPUTED", kind, target, weight);
    }

    /** Any indicator, also an invalid one (a null kind or target is left out of the body). */
    public static Map<String, Object> indicator(String code, String aspect, String source, String kind, Object target, Object weight) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code);
        indicator.put("name", "Indikator " + code);
        indicator.put("aspect", aspect);
        indicator.put("source", source);
        if (kind != null) {
            indicator.put("kind", kind);
        }
        if (target != null) {
            indicator.put("target", target);
        }
        indicator.put("weight", weight);
        return indicator;
    }
}
