package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A soft-loan program a partner bank or fund offers through the office (e.g. the LPDB-KUMKM
 * revolving fund, KUR micro or small): its rate and method, limits, who may apply and when.
 */
@Entity
@Table(name = "financing_program")
public class FinancingProgram extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    /** The partner's id, as in the {@code partner_id} claim of its tokens. */
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "partner_name")
    public String partnerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind")
    public PartnerKind partnerKind;
    public String name;
    /** E.g. LPDB_KUMKM, KUR_MIKRO, KUR_KECIL. */
    public String scheme;
    /** A decimal: 0.06 is 6% a year. */
    @Column(name = "annual_rate")
    public BigDecimal annualRate;
    @Enumerated(EnumType.STRING)
    public ScheduleMethod method;
    @Column(name = "min_amount")
    public long minAmount;
    @Column(name = "max_amount")
    public long maxAmount;
    @Column(name = "min_tenor_months")
    public int minTenorMonths;
    @Column(name = "max_tenor_months")
    public int maxTenorMonths;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_jenis")
    public List<String> allowedJenis = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_kbli_prefixes")
    public List<String> allowedKbliPrefixes = new ArrayList<>();
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_documents")
    public List<String> requiredDocuments = new ArrayList<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Who defined it; null for a program defined before it was kept. */
    @Column(name = "created_by")
    public String createdBy;
    /** Who last changed it (its definer until a change); null for a program defined before it was kept. */
    @Column(name = "updated_by")
    public String updatedBy;

    /** A new program as the office defines it; an inconsistent definition is refused (400) naming every field at fault. */
    public static FinancingProgram define(ProgramDefinition definition, Actor actor, Instant now) {
        FinancingProgram program = new FinancingProgram();
        program.id = UUID.randomUUID();
        program.apply(definition);
        program.createdBy = actor.subject();
        program.createdAt = now;
        program.updatedBy = actor.subject();
        program.updatedAt = now;
        return program;
    }

    /**
     * A full update. The partner cannot change once applications name the program: they are in
     * that partner's hands (409). Nor can the terms a cooperative applied under turn against it while
     * its application is under way (submitted, returned, verified, recommended or forwarded: an approval
     * without a rate of its own takes the program's, and the schedule its method): the rate may not rise
     * and the method may not change until they are decided (409); a lower rate is the applicants' gain.
     *
     * @param applications how many applications name the program
     * @param underWay     how many of them are under way, as above
     */
    public void redefine(ProgramDefinition definition, long applications, long underWay, Actor actor, Instant now) {
        if (applications > 0 && !partnerId.equals(definition.partnerId())) {
            throw ProblemException.conflict(Text.of("financing.program.partner-fixed", partnerId, definition.partnerId()));
        }
        if (underWay > 0 && (definition.annualRate().compareTo(annualRate) > 0 || definition.method() != method)) {
            throw ProblemException.conflict(Text.of("financing.program.terms-fixed", underWay,
                    annualRate.stripTrailingZeros().toPlainString(), method));
        }
        if (definition.equals(definition(definition.annualRate().compareTo(annualRate) == 0 ? definition.annualRate() : annualRate))) {
            // The same definition again (a form saved without an edit; 0.06 is the 0.060000 kept): its version stays, so
            // another tab's tag is still current.
            return;
        }
        apply(definition);
        updatedBy = actor.subject();
        updatedAt = now;
    }

    /** The program's definition, its rate as given. */
    private ProgramDefinition definition(BigDecimal rate) {
        return new ProgramDefinition(partnerId, partnerName, partnerKind, name, scheme, rate, method, minAmount, maxAmount,
                minTenorMonths, maxTenorMonths, allowedJenis, allowedKbliPrefixes, opensOn, closesOn, requiredDocuments);
    }

    /** What an application must keep: the amount and tenor ranges and the program's rate as a ceiling. */
    public LoanLimits limits() {
        return LoanLimits.ofProgram(minAmount, maxAmount, minTenorMonths, maxTenorMonths, annualRate);
    }

    /**
     * A loan's schedule under this program, before anyone applies: the program's method, its rate or a lower one
     * (a partner may approve a lower one, never a higher), an amount and a tenor within its ranges. A method other than
     * the program's is 400 naming {@code method}; terms outside the ranges or a rate above the program's are 422
     * {@code rule-violation} with every broken limit, each naming its field, as a submission's are.
     *
     * @param annualRate the rate to simulate at, or null for the program's
     * @param asked      the method asked, or null for the program's
     */
    public LoanSchedule simulate(long amount, BigDecimal annualRate, int tenorMonths, ScheduleMethod asked,
                                 LocalDate disbursedOn) {
        methodFault(asked).ifPresent(fault -> {
            throw ProblemException.invalidFields(List.of(fault));
        });
        BigDecimal rate = annualRate == null ? this.annualRate : annualRate;
        limits().enforce(Text.of("financing.simulation.outside-program", name), amount, tenorMonths, rate);
        return LoanSchedule.of(amount, rate, tenorMonths, method, disbursedOn);
    }

    /** A method asked of a simulation under this program that is not its own, as the field at fault; empty when none is. */
    public Optional<InvalidField> methodFault(ScheduleMethod asked) {
        return asked != null && asked != method
                ? Optional.of(new InvalidField("method", Text.of("financing.simulation.program-method", method)))
                : Optional.empty();
    }

    public ProgramTerms terms() {
        return new ProgramTerms(allowedJenis, allowedKbliPrefixes, limits(), opensOn, closesOn);
    }

    private void apply(ProgramDefinition d) {
        requireConsistent(d);
        partnerId = d.partnerId();
        partnerName = d.partnerName();
        partnerKind = d.partnerKind();
        name = d.name();
        scheme = d.scheme();
        annualRate = d.annualRate();
        method = d.method();
        minAmount = d.minAmount();
        maxAmount = d.maxAmount();
        minTenorMonths = d.minTenorMonths();
        maxTenorMonths = d.maxTenorMonths();
        allowedJenis = new ArrayList<>(d.allowedJenis());
        allowedKbliPrefixes = new ArrayList<>(d.allowedKbliPrefixes());
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        requiredDocuments = new ArrayList<>(d.requiredDocuments());
    }

    private static void requireConsistent(ProgramDefinition d) {
        List<InvalidField> errors = new ArrayList<>();
        if (d.maxAmount() < d.minAmount()) {
            errors.add(InvalidField.of("maxAmount", "financing.field.at-least", "minAmount", d.minAmount()));
        }
        if (d.maxTenorMonths() < d.minTenorMonths()) {
            errors.add(InvalidField.of("maxTenorMonths", "financing.field.at-least", "minTenorMonths", d.minTenorMonths()));
        }
        if (d.closesOn() != null && d.closesOn().isBefore(d.opensOn())) {
            errors.add(InvalidField.of("closesOn", "financing.field.not-before", "opensOn", d.opensOn()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
