package id.go.bekasikota.koperasi.financing.event;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;

import java.util.UUID;

/**
 * The envelope of financing's events: topic {@code financing.loan-application.v1}, record key the
 * cooperative id (one cooperative's events stay in order), subject the application id.
 */
public final class LoanEvents {

    private LoanEvents() {
    }

    public static DomainEvent of(String type, UUID applicationId, UUID cooperativeId, long aggregateVersion, Object payload) {
        return new DomainEvent(Topics.FINANCING_LOAN_APPLICATION, type, FinancingEventTypes.AGGREGATE_TYPE,
                applicationId.toString(), aggregateVersion, cooperativeId.toString(), payload);
    }
}
