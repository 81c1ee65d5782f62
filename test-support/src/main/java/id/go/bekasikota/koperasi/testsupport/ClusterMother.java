package id.go.bekasikota.koperasi.testsupport;

import java.util.HashMap;
import java.util.Map;

/** Bodies for UKM clusters and their member businesses. */
public final class ClusterMother {

    private ClusterMother() {
    }

    /** A cluster of doll makers in Bantargebang, hosted by a cooperative (or none: null). */
    public static Map<String, Object> cluster(String name, String hostCooperativeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("productCategory", "DOLLS_AND_TOYS");
        body.put("description", "Doll makers buying fabric and dacron together");
        body.put("hostCooperativeId", hostCooperativeId);
        body.put("kecamatanCode", "327507");
        return body;
    }

    public static Map<String, Object> member(String businessName) {
        Map<String, Object> body = new HashMap<>();
        body.put("businessName", businessName);
        body.put("ownerName", "Ibu Yati");
        body.put("products", "Stuffed dolls, plush keychains");
        body.put("kecamatanCode", "327507");
        body.put("joinedOn", "2024-05-02");
        return body;
    }
}
