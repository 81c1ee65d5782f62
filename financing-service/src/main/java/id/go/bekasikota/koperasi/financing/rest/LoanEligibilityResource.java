package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.HeaderParam;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.financing.mapping.LoanApplicationMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.EligibilityView;
import id.go.bekasikota.koperasi.financing.service.EligibilityService;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** Whether a cooperative may apply to a program, before it applies: every rule with its outcome. */
@Path("/api/v1/loan-eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loan eligibility", description = "Every eligibility rule of DESIGN 3.1, evaluated from the register's events")
public class LoanEligibilityResource {

    private final EligibilityService eligibility;
    private final LoanApplicationMapper mapper;
    private final Caller caller;
    private final Today today;

    public LoanEligibilityResource(EligibilityService eligibility, LoanApplicationMapper mapper, Caller caller, Today today) {
        this.eligibility = eligibility;
        this.mapper = mapper;
        this.caller = caller;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "Check eligibility", description = "ACTIVE; a report for F with positive SHU; founded at least a year before; "
            + "no DEFAULTED loan; jenis and KBLI accepted; amount and tenor within limits (when given); program open. A "
            + "cooperative may ask only for itself (cooperativeId may be left out).")
    @APIResponse(responseCode = "200", description = "Every rule's outcome; `reasons` explains each failed one", content = @Content(schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A cooperative asking about another", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown cooperative or program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response checkLoanEligibility(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "The cooperative: required of an officer or auditor; a cooperative may leave it out (itself)") @QueryParam("cooperativeId") String cooperativeId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "The financing program", required = true) @QueryParam("programId") String programId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), description = "Amount asked, whole rupiah", example = "250000000") @QueryParam("amount") String amount,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647"), description = "Tenor asked, months", example = "36") @QueryParam("tenorMonths") String tenorMonths,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date of the evaluation; today by default", example = "2026-09-01") @QueryParam("asOf") String asOf,
            @Parameter(description = "The language of the explanations (`reasons`, `checks[].detail`): `id` (Bahasa Indonesia, amounts as Rp 150.000.000, dates as 7 Desember 2026) or `en` (the default); the answer names it in `Content-Language`", example = "id", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Actor actor = caller.actor();
        // Every parameter at fault is named in one 400.
        ParamFaults faults = new ParamFaults();
        UUID cooperative = faults.read(() -> Params.uuid("cooperativeId", cooperativeId));
        if (actor.role() == ActorRole.COOPERATIVE) {
            if (cooperative != null && !cooperative.equals(actor.cooperativeId())) {
                throw ProblemException.forbidden(Text.of("financing.forbidden.own-eligibility"));
            }
            cooperative = actor.cooperativeId();
        } else if (cooperative == null && !faults.faulty("cooperativeId")) {
            faults.add("cooperativeId", Text.of("financing.field.required"));
        }
        UUID program = faults.read(() -> Params.uuid("programId", programId));
        if (program == null && !faults.faulty("programId")) {
            faults.add("programId", Text.of("financing.field.required"));
        }
        Long asked = faults.read(() -> Params.wholeNumber("amount", amount));
        if (asked != null && asked < 1) {
            faults.add("amount", Text.of("financing.field.at-least-one"));
        }
        Long tenor = faults.read(() -> Params.wholeNumber("tenorMonths", tenorMonths));
        if (tenor != null && tenor < 1) {
            faults.add("tenorMonths", Text.of("financing.field.at-least-one"));
        }
        if (tenor != null && tenor > Integer.MAX_VALUE) {
            faults.add("tenorMonths", Text.of("financing.field.too-large"));
        }
        LocalDate date = faults.read(() -> Params.date("asOf", asOf, today.date()));
        faults.refuseAny();
        java.util.Locale language = Languages.choose(acceptLanguage);
        return Languages.answer(mapper.toView(cooperative, program, eligibility.preview(cooperative, program, asked,
                tenor == null ? null : tenor.intValue(), date), language), language);
    }
}
