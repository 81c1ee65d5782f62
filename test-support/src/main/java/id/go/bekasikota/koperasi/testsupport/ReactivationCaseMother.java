package id.go.bekasikota.koperasi.testsupport;

import java.util.HashMap;
import java.util.Map;

/** Bodies for reactivation cases of dormant cooperatives and their visits. */
public final class ReactivationCaseMother {

    private ReactivationCaseMother() {
    }

    public static Map<String, Object> reactivationCase() {
        return new HashMap<>(Map.of("reason", "No RAT for two years; the chair asked for help with the books"));
    }

    public static Map<String, Object> visit(String visitedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("visitedOn", visitedOn);
        body.put("notes", "Met the board; the books of the last two years are incomplete");
        body.put("nextSteps", "Bookkeeping clinic; RAT planned for March");
        return body;
    }
}
