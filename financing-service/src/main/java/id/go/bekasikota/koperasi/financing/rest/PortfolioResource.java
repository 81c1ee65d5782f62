package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.mapping.LoanApplicationMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.ArrearsEvaluationView;
import id.go.bekasikota.koperasi.financing.rest.dto.PortfolioView;
import id.go.bekasikota.koperasi.financing.service.LoanServicingService;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The office's view of the loan book: portfolio figures and the arrears evaluation. */
@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "Disbursed loans: outstanding principal, PAR30, defaults; the arrears evaluation")
public class PortfolioResource {

    private final LoanServicingService servicing;
    private final LoanApplicationMapper mapper;

    public PortfolioResource(LoanServicingService servicing, LoanApplicationMapper mapper) {
        this.servicing = servicing;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Portfolio summary", description = "Disbursed loans as of today, of all partners or one partner and/or program: "
            + "loans, disbursed total, outstanding principal, PAR30 (principal more than 30 days past due / outstanding), defaults.")
    @APIResponse(responseCode = "200", description = "The portfolio", content = @Content(schema = @Schema(implementation = PortfolioView.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortfolioView getPortfolio(@Parameter(description = "Partner id", example = "lpdb-kumkm") @QueryParam("partnerId") @Size(max = Actor.PARTNER_ID_LENGTH) String partnerId,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Financing program id") @QueryParam("programId") String programId) {
        return mapper.toView(servicing.portfolio(partnerId == null || partnerId.isBlank() ? null : partnerId.strip(),
                Params.uuid("programId", programId)));
    }

    @POST
    @Path("/arrears-evaluations")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Re-evaluate arrears now", description = "What the daily job does at 00:30 office time: days past due of every "
            + "disbursed loan as of today; a loan beyond the threshold (90 days by default) becomes DEFAULTED, with its events. The answer "
            + "counts the loans made DEFAULTED and lists the first 100 by id; `GET /api/v1/loan-applications?state=DEFAULTED` lists them all.")
    @APIResponse(responseCode = "200", description = "What the evaluation did", content = @Content(schema = @Schema(implementation = ArrearsEvaluationView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArrearsEvaluationView evaluateArrears() {
        LoanServicingService.Evaluation result = servicing.evaluateArrears();
        return ArrearsEvaluationView.of(result.asOf(), result.thresholdDays(), result.evaluated(), result.defaulted());
    }
}
