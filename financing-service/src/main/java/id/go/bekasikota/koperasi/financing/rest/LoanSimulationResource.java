package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.domain.LoanSchedule;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanSimulationRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanSimulationView;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** The public loan calculator: the schedule a soft loan would have, before anyone applies. */
@Path("/api/v1/loan-simulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Loan simulations", description = "Schedule previews for an amount, rate, tenor, method and date")
public class LoanSimulationResource {

    @POST
    @PermitAll
    @Operation(summary = "Simulate a loan schedule",
            description = "Monthly schedule per the office's rules: first due one month after disbursement (same day, "
                    + "or the month's last day), whole rupiah rounded half-up; declining balance (annuity) or flat. Public.")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = LoanSimulationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a disbursement date before 1900-01-01, or so late that the last due date would pass 9999-12-31, among them)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoanSimulationView simulate(@Valid @NotNull LoanSimulationRequest request) {
        LocalDate latest = LoanSimulationRequest.latest(request.tenorMonths());
        if (request.disbursementDate().isBefore(LoanSimulationRequest.EARLIEST) || request.disbursementDate().isAfter(latest)) {
            throw ProblemException.invalid("disbursementDate", Text.of("financing.simulation.disbursement-date.range",
                    LoanSimulationRequest.EARLIEST, latest, request.tenorMonths()));
        }
        LoanSchedule schedule = LoanSchedule.of(request.amount(), request.annualRate(), request.tenorMonths(),
                request.method(), request.disbursementDate());
        return new LoanSimulationView(schedule.principal(), schedule.annualRate(), schedule.tenorMonths(),
                schedule.method().name(), schedule.disbursedOn(), schedule.totalInterest(), schedule.totalPayment(),
                schedule.installments());
    }
}
