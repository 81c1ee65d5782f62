package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.stack.LocalSuite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the gateway says about itself on its management interface: circuits and edge counters. */
final class GatewayProbe {

    private final Http management;

    GatewayProbe(LocalSuite suite) {
        this.management = new Http(suite.service("gateway").managementUrl());
    }

    /** Per service: its circuit's state, and when and why it last opened ("" if never). */
    Map<String, String> circuits() {
        Http.Answer answer = management.send("GET", "/q/health/group/services", Map.of("Accept", "application/json"), null);
        Map<String, String> circuits = new LinkedHashMap<>();
        try {
            JsonNode data = null;
            for (JsonNode check : ApiOperations.JSON.readTree(answer.body()).path("checks")) {
                if ("services".equals(check.path("name").asText())) {
                    data = check.path("data");
                }
            }
            if (data == null) {
                throw new AssertionError("The gateway's services group has no services check: " + answer);
            }
            for (String service : LocalSuite.SERVICES) {
                circuits.put(service, data.path(service + "-circuit").asText() + " " + data.path(service + "-circuit-last-opened").asText(""));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("The gateway's services group is not JSON: " + answer, e);
        }
        return circuits;
    }

    /** The sum of a counter's series (all tags) in the gateway's Prometheus text. */
    double counter(String name) {
        String text = management.send("GET", "/q/metrics", Map.of(), null).body();
        Matcher matcher = Pattern.compile("^" + name + "(\\{[^}]*\\})? ([0-9.E+]+)$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (matcher.find()) {
            sum += Double.parseDouble(matcher.group(2));
        }
        return sum;
    }
}
