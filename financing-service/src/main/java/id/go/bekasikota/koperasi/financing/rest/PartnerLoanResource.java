package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.domain.LoanRepayment;
import id.go.bekasikota.koperasi.financing.mapping.LoanApplicationMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.DecisionRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.DisbursementRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationView;
import id.go.bekasikota.koperasi.financing.rest.dto.PortfolioView;
import id.go.bekasikota.koperasi.financing.rest.dto.RepaymentRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.RepaymentView;
import id.go.bekasikota.koperasi.financing.rest.dto.ScheduleView;
import id.go.bekasikota.koperasi.financing.service.LoanApplicationService;
import id.go.bekasikota.koperasi.financing.service.LoanServicingService;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.idempotency.IdempotencyService;
import id.go.bekasikota.koperasi.platform.idempotency.IdempotentResponses;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The partner API for banks and funds (role {@code partner}, scoped by the token's
 * {@code partner_id}): the applications forwarded to the partner's programs, its decisions,
 * disbursements and repayments. Every write needs an {@code Idempotency-Key}: a retry with the
 * same key and body gets the first answer again (header {@code Idempotent-Replayed: true});
 * the same key with another body is refused (422).
 */
@Path("/api/v1/partner")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API", description = "For partner banks and funds: their forwarded applications, decisions, disbursements, repayments")
@RolesAllowed(Roles.PARTNER)
public class PartnerLoanResource {

    private final LoanApplicationService applications;
    private final LoanServicingService servicing;
    private final IdempotencyService idempotency;
    private final LoanApplicationMapper mapper;
    private final Caller caller;
    private final Today today;

    public PartnerLoanResource(LoanApplicationService applications, LoanServicingService servicing, IdempotencyService idempotency,
                               LoanApplicationMapper mapper, Caller caller, Today today) {
        this.applications = applications;
        this.servicing = servicing;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.caller = caller;
        this.today = today;
    }

    @GET
    @Path("/loan-applications")
    @Operation(summary = "List the applications forwarded to you", description = "The most recently forwarded first (then by id); "
            + "only applications forwarded to the programs of the token's partner_id.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LoanApplicationView> listPartnerLoanApplications(
            @BeanParam PageRequest paging,
            @Parameter(schema = @Schema(implementation = LoanApplicationState.class)) @QueryParam("state") String state,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Financing program id") @QueryParam("programId") String programId) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        LoanApplicationState stateValue = faults.read(() -> Params.enumValue("state", state, LoanApplicationState.class));
        UUID program = faults.read(() -> Params.uuid("programId", programId));
        faults.refuseAny();
        var filter = new LoanApplicationService.Filter(stateValue, program, null, null);
        var on = today.date();
        return applications.list(partner(), filter, paging).map(a -> mapper.toView(a, on, partner()));
    }

    @GET
    @Path("/loan-applications/{id}")
    @Operation(summary = "Read an application forwarded to you", description = "Another partner's application is not found (404).")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application forwarded to you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getPartnerLoanApplication(@PathParam("id") String id) {
        LoanApplication application = applications.find(Params.id(Subjects.APPLICATION, id), partner());
        return Response.ok(mapper.toView(application, today.date(), partner())).header(HttpHeaders.ETAG, EntityTags.of(application.version)).build();
    }

    @GET
    @Path("/loan-applications/{id}/schedule")
    @Operation(summary = "The schedule of a loan you disbursed")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", description = "No such application forwarded to you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not disbursed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleView getPartnerLoanSchedule(@PathParam("id") String id) {
        return mapper.toSchedule(applications.find(Params.id(Subjects.APPLICATION, id), partner()), today.date());
    }

    @POST
    @Path("/loan-applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on a forwarded application", description = "APPROVE, as asked or for less: amount, rate and tenor "
            + "left out are as asked (the rate: the program's). The terms must keep every limit of the program (minimum and maximum "
            + "amount, minimum and maximum tenor, its rate as a ceiling) and of the application (not more than asked, not longer); "
            + "otherwise 422 lists every broken limit. Or DECLINE with a reason. Needs Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "APPROVED or DECLINED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)),
            headers = @Header(name = IdempotencyService.REPLAYED, description = "true when this is the stored answer of an earlier request with the same key", schema = @Schema(implementation = Boolean.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or Idempotency-Key; a decline without a reason or with terms", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a partner token; an application of another partner, or not forwarded, is 404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application forwarded to you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not FORWARDED (`illegal-transition`), or a request with the Idempotency-Key is still being processed (`conflict`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: the approval breaks a limit of the program (amount below its minimum or above "
            + "its maximum, tenor below its minimum or above its maximum, rate above the program's) or of the application (more than "
            + "asked, longer than asked); `reasons` lists every broken limit, `errors` the field of each. Or `idempotency-key-reused`: "
            + "the Idempotency-Key was used with another request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decideLoanApplication(@PathParam("id") String id,
                                          @Parameter(description = IdempotencyService.KEY_DESCRIPTION, required = true, schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyService.KEY_LENGTH, pattern = IdempotencyService.KEY_PATTERN)) @HeaderParam(IdempotencyService.HEADER) String key,
                                          @Valid @NotNull DecisionRequest decision, @Context UriInfo uri) {
        UUID applicationId = Params.id(Subjects.APPLICATION, id);
        Actor partner = partner();
        return once(partner, key, uri, decision, () -> new IdempotencyService.Outcome(200,
                view(applications.decide(applicationId, mapper.toDecision(decision), partner))), null);
    }

    @POST
    @Path("/loan-applications/{id}/disbursement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the disbursement", description = "APPROVED -> DISBURSED; the schedule is generated from the approved "
            + "terms and the date. Needs Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "DISBURSED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a date in the future or before the approval)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application forwarded to you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not APPROVED (`illegal-transition`), or a request with the Idempotency-Key is still being processed (`conflict`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response disburseLoan(@PathParam("id") String id,
                                 @Parameter(description = IdempotencyService.KEY_DESCRIPTION, required = true, schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyService.KEY_LENGTH, pattern = IdempotencyService.KEY_PATTERN)) @HeaderParam(IdempotencyService.HEADER) String key,
                                 @Valid @NotNull DisbursementRequest request, @Context UriInfo uri) {
        UUID applicationId = Params.id(Subjects.APPLICATION, id);
        Actor partner = partner();
        return once(partner, key, uri, request, () -> new IdempotencyService.Outcome(200,
                view(applications.disburse(applicationId, mapper.toDisbursement(request), partner))), null);
    }

    @POST
    @Path("/loan-applications/{id}/repayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a repayment", description = "Pays the oldest installment first, interest before principal; the first "
            + "makes the loan REPAYING, the last SETTLED. Your reference is unique per loan (409 if recorded already); more than "
            + "is owed is refused (422). Needs Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = RepaymentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a date in the future or before the disbursement)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application forwarded to you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not disbursed, settled already, the reference is recorded (`duplicate`, `existingId`), or a request with the Idempotency-Key is still being processed (`conflict`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "More than is owed (`rule-violation`: `errors` names `amount` with the outstanding amount, `reasons` the amount, the outstanding and its principal and interest, in the language asked), or the Idempotency-Key was used with another request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordLoanRepayment(@PathParam("id") String id,
                                        @Parameter(description = IdempotencyService.KEY_DESCRIPTION, required = true, schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyService.KEY_LENGTH, pattern = IdempotencyService.KEY_PATTERN)) @HeaderParam(IdempotencyService.HEADER) String key,
                                        @Valid @NotNull RepaymentRequest request, @Context UriInfo uri) {
        UUID applicationId = Params.id(Subjects.APPLICATION, id);
        Actor partner = partner();
        return once(partner, key, uri, request, () -> {
            LoanRepayment repayment = servicing.record(applicationId, mapper.toReport(request), partner);
            return new IdempotencyService.Outcome(201, mapper.toView(repayment));
        }, "id");
    }

    @GET
    @Path("/loan-applications/{id}/repayments")
    @Operation(summary = "The repayments of a loan you disbursed")
    @APIResponse(responseCode = "200", description = "A page of repayments")
    @APIResponse(responseCode = "404", description = "No such application forwarded to you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RepaymentView> listPartnerLoanRepayments(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return servicing.repayments(Params.id(Subjects.APPLICATION, id), partner(), paging).map(mapper::toView);
    }

    @GET
    @Path("/loan-applications/{id}/repayments/{repaymentId}")
    @Operation(summary = "One repayment of a loan you disbursed", description = "The repayment a recording's `Location` names.")
    @APIResponse(responseCode = "200", description = "The repayment", content = @Content(schema = @Schema(implementation = RepaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such application forwarded to you, or no such repayment of it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RepaymentView getPartnerLoanRepayment(@PathParam("id") String id, @PathParam("repaymentId") String repaymentId) {
        return mapper.toView(servicing.repayment(Params.id(Subjects.APPLICATION, id), Params.id(Subjects.REPAYMENT, repaymentId), partner()));
    }

    @GET
    @Path("/portfolio")
    @Operation(summary = "Your portfolio", description = "Your disbursed loans as of today: disbursed, outstanding principal, PAR30, "
            + "defaults; optionally one program's.")
    @APIResponse(responseCode = "200", description = "The portfolio", content = @Content(schema = @Schema(implementation = PortfolioView.class)))
    public PortfolioView getPartnerPortfolio(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Financing program id") @QueryParam("programId") String programId) {
        return mapper.toView(servicing.portfolio(partner().partnerId(), Params.uuid("programId", programId)));
    }

    private Actor partner() {
        return caller.actor();
    }

    private LoanApplicationView view(LoanApplication application) {
        return mapper.toView(application, today.date(), partner());
    }

    /** Runs a write once per key; {@code idField} names the body field whose value completes the Location. */
    private Response once(Actor partner, String key, UriInfo uri, Object request,
                          Supplier<IdempotencyService.Outcome> write, String idField) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid(IdempotencyService.HEADER, Text.of("financing.field.idempotency-key-required"));
        }
        IdempotencyService.Answer answer = idempotency.once(partner.partnerId(), key.strip(), "POST", uri.getPath(), request, write);
        return (idField == null ? IdempotentResponses.of(answer) : IdempotentResponses.created(answer, uri, idField)).build();
    }
}
