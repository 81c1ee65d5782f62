package id.go.bekasikota.koperasi.financing.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.awaitility.Awaitility;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Cooperatives brought into financing's projection as the registry's events bring them. */
public final class RegisteredCooperatives {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private RegisteredCooperatives() {
    }

    /** Publishes the registry's {@code registered} event for the cooperative and returns once financing's projection has it. */
    public static UUID register(CooperativeSnapshot cooperative) {
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.id().toString(), UUID.randomUUID().toString(),
                    EventTypes.COOPERATIVE_REGISTERED, cooperative.id().toString(), cooperative.version(),
                    JSON.writeValueAsString(new CooperativeRegistered(cooperative)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> CooperativeProjection.findById(cooperative.id()) != null));
        return cooperative.id();
    }

    /**
     * A cooperative eligible for a loan today by the office clock: a producers' cooperative founded
     * in 2008 with on-time reports, surplus positive, for F-1 and F.
     */
    public static UUID eligible(Clock office) {
        return register(CooperativeSnapshotMother.eligibleAsOf(LocalDate.now(office),
                "Koperasi Uji " + UUID.randomUUID().toString().substring(0, 8)));
    }
}
