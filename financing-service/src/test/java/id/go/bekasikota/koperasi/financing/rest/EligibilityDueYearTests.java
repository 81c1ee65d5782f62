package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.register;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Eligibility across the due-year switch of DESIGN.md 3.1: until 30 June of year Y the latest due
 * financial year F is Y-2, from 1 July it is Y-1. A cooperative whose only report is for Y-2 is
 * eligible on 30 June (a report for F, with a positive surplus) and is not on 1 July (no report
 * for the new F; still ACTIVE, its report now being for F-1). The year is the one after the
 * office clock's, so the run crosses a switch it has not passed yet, whatever day it starts.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class EligibilityDueYearTests {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReportForFOnlyIsEnoughOnThirtyJuneAndNotOnFirstJuly() {
        int y = LocalDate.now(clock).getYear() + 1;
        LocalDate june30 = LocalDate.of(y, 6, 30);
        LocalDate july1 = LocalDate.of(y, 7, 1);
        String partner = FinancingProgramMother.partner();
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(partner, LocalDate.of(y - 1, 1, 1)));
        // Founded in 2008; one RAT report, for Y-2, held on 15 March of Y-1, with a surplus.
        CooperativeSnapshot snapshot = CooperativeSnapshotMother.cooperative(CooperativeNumbers.unique(), "Koperasi Juni", "JASA",
                CooperativeSnapshotMother.onTimeReport(y - 2, 100, 1_000_000_000L, 100_000_000L));
        UUID cooperative = register(snapshot);
        String eligibility = "/api/v1/loan-eligibility?programId=" + program + "&amount=20000000&tenorMonths=12";

        clock.today(june30);
        as(Tokens.cooperative(cooperative)).when().get(eligibility)
                .then().statusCode(200).body("asOf", equalTo(june30.toString())).body("latestDueYear", equalTo(y - 2))
                .body("eligible", equalTo(true)).body("reasons", hasSize(0));
        String onTime = draft(cooperative, program, 20_000_000, 12);
        as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + onTime + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));

        clock.today(july1);
        as(Tokens.cooperative(cooperative)).when().get(eligibility)
                .then().statusCode(200).body("asOf", equalTo(july1.toString())).body("latestDueYear", equalTo(y - 1))
                .body("eligible", equalTo(false))
                .body("checks.find { it.rule == 'ACTIVE' }.outcome", equalTo("PASSED"))
                .body("reasons", equalTo(List.of("No RAT report for " + (y - 1) + ", the latest due financial year as of "
                        + july1 + ".")));
        String late = draft(cooperative, program, 20_000_000, 12);
        as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + late + "/submit")
                .then().statusCode(422).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("reasons", equalTo(List.of("No RAT report for " + (y - 1) + ", the latest due financial year as of "
                        + july1 + ".")));
        // Asked about 30 June after the fact, the answer is the one given that day.
        as(Tokens.cooperative(cooperative)).when().get(eligibility + "&asOf=" + june30)
                .then().statusCode(200).body("eligible", equalTo(true));
    }
}
