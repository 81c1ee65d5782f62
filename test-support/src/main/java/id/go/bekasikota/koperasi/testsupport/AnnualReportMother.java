package id.go.bekasikota.koperasi.testsupport;

import java.util.HashMap;
import java.util.Map;

/** RAT report bodies ({@code POST /api/v1/cooperatives/{id}/annual-reports}). */
public final class AnnualReportMother {

    private AnnualReportMother() {
    }

    /**
     * The report of a financial year, its meeting held on 21 March of the next year: for any year
     * up to the latest due one, that day has passed.
     */
    public static Map<String, Object> report(int financialYear) {
        return report(financialYear, (financialYear + 1) + "-03-21");
    }

    public static Map<String, Object> report(int financialYear, String meetingDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", financialYear);
        body.put("meetingDate", meetingDate);
        body.put("membersMale", 812);
        body.put("membersFemale", 904);
        body.put("employees", 35);
        body.put("ownCapital", 41_250_000_000L);
        body.put("externalCapital", 18_000_000_000L);
        body.put("assets", 500_000_000_000L);
        body.put("turnover", 96_000_000_000L);
        body.put("surplus", 5_400_000_000L);
        return body;
    }

    public static Map<String, Object> reportWithAssets(int financialYear, long assets) {
        Map<String, Object> body = report(financialYear);
        body.put("assets", assets);
        return body;
    }
}
