package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.LoanSchedule;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanSimulationRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanSimulationView;
import id.go.bekasikota.koperasi.financing.service.FinancingProgramService;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
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
import java.util.ArrayList;
import java.util.List;

/** The public loan calculator: the schedule a soft loan would have, before anyone applies. */
@Path("/api/v1/loan-simulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Loan simulations", description = "Schedule previews for an amount, rate, tenor, method and date, or under a financing program")
public class LoanSimulationResource {

    private final FinancingProgramService programs;

    public LoanSimulationResource(FinancingProgramService programs) {
        this.programs = programs;
    }

    @POST
    @PermitAll
    @Operation(summary = "Simulate a loan schedule",
            description = "Monthly schedule per the office's rules: first due one month after disbursement (same day, "
                    + "or the month's last day), whole rupiah rounded half-up; declining balance (annuity) or flat. "
                    + "With `programId`, under that financing program: its rate (or a lower one) and method, the amount "
                    + "and tenor within its ranges. Public.")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = LoanSimulationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, every one named: among them a disbursement date before "
            + "1900-01-01, or so late that the last due date would pass 9999-12-31; `annualRate` or `method` left out without "
            + "`programId`; a `programId` that is no financing program; a `method` other than the program's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: the amount, tenor or rate is outside the program's "
            + "limits; `reasons` says each broken limit and `errors` names its field (`amount`, `tenorMonths`, `annualRate`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoanSimulationView simulate(@Valid @NotNull LoanSimulationRequest request) {
        List<InvalidField> faults = new ArrayList<>();
        LocalDate latest = LoanSimulationRequest.latest(request.tenorMonths());
        if (request.disbursementDate().isBefore(LoanSimulationRequest.EARLIEST) || request.disbursementDate().isAfter(latest)) {
            faults.add(new InvalidField("disbursementDate", Text.of("financing.simulation.disbursement-date.range",
                    LoanSimulationRequest.EARLIEST, latest, request.tenorMonths())));
        }
        FinancingProgram program = null;
        if (request.programId() != null) {
            program = programs.find(request.programId()).orElse(null);
            if (program == null) {
                faults.add(new InvalidField("programId", Text.of("financing.field.not-a-program")));
            } else {
                // Named with the other faults (the program's own rule, which simulate holds to as well).
                program.methodFault(request.method()).ifPresent(faults::add);
            }
        } else {
            if (request.annualRate() == null) {
                faults.add(new InvalidField("annualRate", Text.of("financing.field.required")));
            }
            if (request.method() == null) {
                faults.add(new InvalidField("method", Text.of("financing.field.required")));
            }
        }
        if (!faults.isEmpty()) {
            throw ProblemException.invalidFields(faults);
        }
        LoanSchedule schedule = program == null
                ? LoanSchedule.of(request.amount(), request.annualRate(), request.tenorMonths(), request.method(),
                        request.disbursementDate())
                : program.simulate(request.amount(), request.annualRate(), request.tenorMonths(), request.method(),
                        request.disbursementDate());
        return new LoanSimulationView(schedule.principal(), schedule.annualRate(), schedule.tenorMonths(),
                schedule.method().name(), schedule.disbursedOn(), schedule.totalInterest(), schedule.totalPayment(),
                schedule.installments(), request.programId());
    }
}
