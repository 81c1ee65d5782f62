package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class LoanSimulationResourceTests {

    @Test
    void anyoneCanSimulateASchedule() {
        var schedule = given().contentType(ContentType.JSON).body("""
                        {"amount": 12000000, "annualRate": 0.12, "tenorMonths": 12,
                         "method": "DECLINING_BALANCE", "disbursementDate": "2026-01-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(200)
                .body("installments", hasSize(12))
                .body("installments[0].dueDate", equalTo("2026-02-28"))
                .body("installments[1].dueDate", equalTo("2026-03-31"))
                .body("installments[0].interest", equalTo(120000))
                .body("installments[0].amount", equalTo(1066185))
                .body("installments[11].balance", equalTo(0))
                .extract().jsonPath();
        long principal = schedule.getList("installments.principal", Long.class).stream().mapToLong(Long::longValue).sum();
        assertThat(principal).isEqualTo(12_000_000L);
        assertThat(schedule.getLong("totalPayment")).isEqualTo(12_000_000L + schedule.getLong("totalInterest"));
    }

    @Test
    void anInstallmentOfExactlyHalfARupiahIsRoundedUp() {
        // 419,932,860 at 10% over 4 months: installment = 214,358,881 / 2 = 107,179,440.5 -> 107,179,441, and every
        // interest an exact half too (worked out by hand in LoanScheduleTest.anInstallmentOfExactlyHalfARupiahRoundsUp).
        given().contentType(ContentType.JSON).body("""
                        {"amount": 419932860, "annualRate": 0.10, "tenorMonths": 4,
                         "method": "DECLINING_BALANCE", "disbursementDate": "2027-07-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(200)
                .body("installments.amount", equalTo(List.of(107_179_441, 107_179_441, 107_179_441, 107_179_441)))
                .body("installments.interest", equalTo(List.of(3_499_441, 2_635_441, 1_764_241, 885_781)))
                .body("installments.dueDate", equalTo(List.of("2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30")))
                .body("totalInterest", equalTo(8_784_904))
                .body("totalPayment", equalTo(428_717_764));
    }

    @Test
    void aDisbursementDateWhoseScheduleWouldLeaveFourDigitYearsIsRefused() {
        // 9999-12-31 would put the first due date in the year 10000 ("+10000-01-31"), no RFC 3339 date.
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000000, "annualRate": 0.06, "tenorMonths": 12,
                         "method": "FLAT", "disbursementDate": "9999-12-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("disbursementDate"))
                .body("errors[0].message", equalTo("must be from 1900-01-01 to 9998-12-31: the last due date, 12 months later, stays in the year 9999 at the latest"));
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000000, "annualRate": 0.06, "tenorMonths": 12,
                         "method": "FLAT", "disbursementDate": "1899-12-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).body("errors[0].field", equalTo("disbursementDate"));
    }

    @Test
    void badInputNamesTheField() {
        given().contentType(ContentType.JSON).body("""
                        {"amount": -5, "annualRate": 0.06, "tenorMonths": 0, "method": "FLAT", "disbursementDate": "2026-01-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amount"))
                .body("errors.field", hasItem("tenorMonths"));
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000, "annualRate": 0.06, "tenorMonths": 12, "method": "BALLOON", "disbursementDate": "2026-01-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("method"));
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000, "annualRate": 0.06, "tenorMonths": 12, "method": "FLAT", "disbursementDate": "31-01-2026"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).body("errors[0].field", equalTo("disbursementDate"));
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000, "annualRate": 0.06, "tenorMonths": 12, "method": "FLAT", "disbursementDate": "2026-01-31", "fee": 5}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).body("errors[0].field", equalTo("fee"));
    }

    @Test
    void aRateWithMoreThanSixDecimalsOrADateBeyondYear9999IsRefusedAtOnce() {
        // 1E-1000000 is 0 < rate < 0.5 in ten characters; its monthly rate would have a million decimal digits, and
        // the annuity's 360th power of it more than a gigabit: it is refused before any arithmetic.
        for (String rate : new String[]{"1E-1000000", "0.0000001", "0.0550001"}) {
            given().contentType(ContentType.JSON).body("""
                            {"amount": 1000000, "annualRate": %s, "tenorMonths": 360, "method": "DECLINING_BALANCE",
                             "disbursementDate": "2026-01-31"}""".formatted(rate))
                    .when().post("/api/v1/loan-simulations")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("annualRate")));
        }
        // The last day the JDK can name: 360 months later overflows; refused as a malformed date, not a 500.
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000000, "annualRate": 0.06, "tenorMonths": 360, "method": "FLAT", "disbursementDate": "+999999999-12-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("disbursementDate")));
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000000, "annualRate": 0.055, "tenorMonths": 11, "method": "FLAT", "disbursementDate": "9999-01-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(200).body("installments", hasSize(11)).body("installments[10].dueDate", equalTo("9999-12-31"));
    }

    @Test
    void aSimulationUnderAProgramTakesItsRateAndMethodAndNamesIt() {
        // KUR Kecil: 6% a year, declining balance, Rp 10 million to 500 million over 6 to 60 months. 12,000,000 over 12
        // months at 0.5% a month: 12,000,000 x 0.005 / (1 - 1.005^-12) = 1,032,797.156... -> 1,032,797; first interest
        // 60,000 (worked out with exact fractions, outside the service).
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(FinancingProgramMother.partner(),
                LocalDate.of(2026, 1, 1)));
        given().contentType(ContentType.JSON).body("""
                        {"programId": "%s", "amount": 12000000, "tenorMonths": 12, "disbursementDate": "2026-01-31"}""".formatted(program))
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(200)
                .body("programId", equalTo(program))
                .body("method", equalTo("DECLINING_BALANCE"))
                .body("annualRate", equalTo(0.06f))
                .body("installments", hasSize(12))
                .body("installments[0].interest", equalTo(60000))
                .body("installments[0].amount", equalTo(1032797));
        // A lower rate (a partner may approve one) and the program's own method named are taken.
        given().contentType(ContentType.JSON).body("""
                        {"programId": "%s", "amount": 12000000, "tenorMonths": 12, "annualRate": 0.03,
                         "method": "DECLINING_BALANCE", "disbursementDate": "2026-01-31"}""".formatted(program))
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(200).body("installments[0].interest", equalTo(30000));
        // Without a program the answer names none.
        given().contentType(ContentType.JSON).body("""
                        {"amount": 12000000, "annualRate": 0.06, "tenorMonths": 12, "method": "FLAT", "disbursementDate": "2026-01-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(200).body("$", not(hasKey("programId")));
    }

    @Test
    void termsOutsideTheProgramAreRefusedWithEveryBrokenLimitAndAnotherMethodNamesTheField() {
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(FinancingProgramMother.partner(),
                LocalDate.of(2026, 1, 1)));
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body("""
                        {"programId": "%s", "amount": 5000000, "tenorMonths": 61, "annualRate": 0.07, "disbursementDate": "2026-01-31"}""".formatted(program))
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("errors.field", equalTo(List.of("amount", "tenorMonths", "annualRate")))
                .body("reasons", hasSize(3))
                .body("reasons[0]", equalTo("Jumlah Rp 5.000.000 di bawah minimum program sebesar Rp 10.000.000."));
        given().contentType(ContentType.JSON).body("""
                        {"programId": "%s", "amount": 12000000, "tenorMonths": 12, "method": "FLAT", "disbursementDate": "2026-01-31"}""".formatted(program))
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("method")))
                .body("errors[0].message", equalTo("must be DECLINING_BALANCE, the program's method, or be left out"));
        // Named with the other faults in one 400.
        given().contentType(ContentType.JSON).body("""
                        {"programId": "%s", "amount": 12000000, "tenorMonths": 12, "method": "FLAT", "disbursementDate": "9999-12-31"}""".formatted(program))
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).body("errors.field", equalTo(List.of("disbursementDate", "method")));
    }

    @Test
    void withoutAProgramTheRateAndMethodAreRequiredAndAnUnknownProgramIsNamed() {
        given().contentType(ContentType.JSON).body("""
                        {"amount": 1000000, "tenorMonths": 12, "disbursementDate": "9999-12-31"}""")
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("disbursementDate", "annualRate", "method")));
        given().contentType(ContentType.JSON).body("""
                        {"programId": "%s", "amount": 1000000, "tenorMonths": 12, "disbursementDate": "2026-01-31"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/loan-simulations")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("programId")))
                .body("errors[0].message", equalTo("is not a financing program"));
    }
}
