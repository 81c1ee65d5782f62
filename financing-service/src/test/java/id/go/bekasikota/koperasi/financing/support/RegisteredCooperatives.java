package id.go.bekasikota.koperasi.financing.support;

import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.awaitility.Awaitility;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Cooperatives brought into financing's projection as the registry's events bring them. */
public final class RegisteredCooperatives {

    private RegisteredCooperatives() {
    }

    /** Publishes the registry's event for the cooperative and returns once financing's projection has it. */
    public static UUID register(CooperativeSnapshot cooperative) {
        CooperativeSnapshotMother.publishRegistered(cooperative);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> CooperativeProjection.findById(cooperative.id()) != null));
        return cooperative.id();
    }

    /** A cooperative eligible for a loan today by the office clock (reports for F and F-1, founded ten years ago). */
    public static UUID eligible(Clock office, String jenis, String kbliCode) {
        return register(CooperativeSnapshotMother.eligibleOn(LocalDate.now(office), jenis, kbliCode));
    }
}
