package id.go.bekasikota.koperasi.financing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A repayment a partner recorded, and how it was spread over the installments. Amounts in whole rupiah. */
@Entity
@Table(name = "loan_repayment")
public class LoanRepayment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    public long amount;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    /** The bank's own reference of the payment. */
    @Column(name = "partner_reference")
    public String partnerReference;
    @Column(name = "interest_paid")
    public long interestPaid;
    @Column(name = "principal_paid")
    public long principalPaid;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<InstallmentPayment> allocation = new ArrayList<>();
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** A repayment as the partner reports it; {@link LoanApplication#recordRepayment} spreads it and records it. */
    public static LoanRepayment reported(RepaymentReport report) {
        LoanRepayment repayment = new LoanRepayment();
        repayment.id = UUID.randomUUID();
        repayment.amount = report.amount();
        repayment.paidOn = report.paidOn();
        repayment.partnerReference = report.partnerReference();
        return repayment;
    }

    /** The latest payment date of the loan's repayments recorded so far, if any. */
    public static Optional<LocalDate> latestPaidOn(UUID applicationId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(r.paidOn) from LoanRepayment r where r.applicationId = :application", LocalDate.class)
                .setParameter("application", applicationId).getSingleResult());
    }

    public static Optional<LoanRepayment> byReference(UUID applicationId, String partnerReference) {
        return find("applicationId = ?1 and partnerReference = ?2", applicationId, partnerReference).firstResultOptional();
    }
}
