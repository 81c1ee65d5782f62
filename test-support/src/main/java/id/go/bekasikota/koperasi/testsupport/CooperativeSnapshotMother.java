package id.go.bekasikota.koperasi.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Cooperatives as the registry publishes them ({@link CooperativeSnapshot}, public data only),
 * for the tests of services that keep a projection of the register: built with dates relative
 * to the day the test asks about (never fixed years, which the real calendar overtakes), each
 * with a cooperative number no other test uses, and published as the registry would.
 */
public final class CooperativeSnapshotMother {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CooperativeSnapshotMother() {
    }

    /**
     * A cooperative founded ten years before {@code asOf} with a report, surplus positive, for
     * each of the years given (meetings on 15 March of the next year).
     */
    public static CooperativeSnapshot withReports(LocalDate asOf, String jenis, String kbliCode, int... reportYears) {
        UUID id = UUID.randomUUID();
        return new CooperativeSnapshot(id, 1, CooperativeNumbers.unique(), "Koperasi Uji " + id.toString().substring(0, 8),
                jenis, "PRIMER", "COMMUNITY", kbliCode, "327501", asOf.minusYears(10), null,
                Arrays.stream(reportYears).mapToObj(CooperativeSnapshotMother::report).toList());
    }

    /**
     * In good standing on {@code asOf}: reports for the latest due financial year F and the year
     * before (F = last year from 1 July on, the year before last until 30 June: DESIGN.md 3.1),
     * both held by then, both with a positive surplus.
     */
    public static CooperativeSnapshot eligibleOn(LocalDate asOf, String jenis, String kbliCode) {
        int f = asOf.getMonthValue() >= 7 ? asOf.getYear() - 1 : asOf.getYear() - 2;
        return withReports(asOf, jenis, kbliCode, f - 1, f);
    }

    /** A RAT report for a financial year, held on 15 March of the next year, with a surplus (SHU) of Rp 75 million. */
    public static AnnualReportSummary report(int financialYear) {
        return new AnnualReportSummary(financialYear, LocalDate.of(financialYear + 1, 3, 15), 60, 55, 4, 900_000_000L,
                200_000_000L, 1_500_000_000L, 2_000_000_000L, 75_000_000L);
    }

    /** Publishes the registry's {@code registered} event for the snapshot on the test broker. */
    public static void publishRegistered(CooperativeSnapshot cooperative) {
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.id().toString(), UUID.randomUUID().toString(),
                    EventTypes.COOPERATIVE_REGISTERED, cooperative.id().toString(), cooperative.version(),
                    JSON.writeValueAsString(new CooperativeRegistered(cooperative)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
