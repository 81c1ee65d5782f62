package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.financing.domain.LoanAction;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.financing.mapping.LoanApplicationMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.ActionRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.EligibilityView;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationPatch;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.LoanApplicationView;
import id.go.bekasikota.koperasi.financing.rest.dto.RepaymentView;
import id.go.bekasikota.koperasi.financing.rest.dto.ScheduleView;
import id.go.bekasikota.koperasi.financing.rest.dto.StateChangeView;
import id.go.bekasikota.koperasi.financing.service.EligibilityService;
import id.go.bekasikota.koperasi.financing.service.LoanApplicationService;
import id.go.bekasikota.koperasi.financing.service.LoanServicingService;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.IfMatchOptional;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Loan applications for cooperatives and the office: prepare, submit, verify, return, recommend,
 * reject, forward, withdraw; read the history, the schedule and the repayments. Every action is
 * its own operation; an action the state does not allow is a 409 naming the current state.
 */
@Path("/api/v1/loan-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loan applications", description = "Applications for soft loans through their lifecycle")
public class LoanApplicationResource {

    private final LoanApplicationService applications;
    private final LoanServicingService servicing;
    private final EligibilityService eligibility;
    private final LoanApplicationMapper mapper;
    private final Caller caller;
    private final Today today;

    public LoanApplicationResource(LoanApplicationService applications, LoanServicingService servicing,
                                   EligibilityService eligibility, LoanApplicationMapper mapper, Caller caller, Today today) {
        this.applications = applications;
        this.servicing = servicing;
        this.eligibility = eligibility;
        this.mapper = mapper;
        this.caller = caller;
        this.today = today;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COOPERATIVE, Roles.OFFICER})
    @Operation(summary = "Open a loan application (DRAFT)", description = "A cooperative applies for itself (cooperativeId may be left "
            + "out); an officer names the cooperative. The cooperative must be known from the register's events. The program must "
            + "accept applications today (from its `opensOn` to its `closesOn`, both included), the rule `PROGRAM_OPEN` a submission "
            + "asks; and a cooperative holds at most 20 applications in DRAFT or RETURNED at once by default "
            + "(`koperasi.financing.applications.max-in-preparation`), whoever opens them: submit or withdraw one to open another.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown cooperative or program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A cooperative applying for another", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "`illegal-transition`: the cooperative is dissolved (`currentState` DISSOLVED); it opens no application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: the program does not accept applications today (its window is over "
            + "or not open yet: `reasons` gives the window, `errors` names `programId`), or the cooperative holds its 20 applications in "
            + "DRAFT or RETURNED already (the limit `koperasi.financing.applications.max-in-preparation`; `reasons` says how many it holds)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "program closed", value = """
                            {"type":"https://koperasi.bekasikota.go.id/problems/rule-violation","title":"A business rule is not met","status":422,
                             "detail":"The program does not accept applications on 2027-01-04",
                             "errors":[{"field":"programId","message":"The program accepts applications from 2026-01-01 to 2026-12-31, not on 2027-01-04."}],
                             "reasons":["The program accepts applications from 2026-01-01 to 2026-12-31, not on 2027-01-04."]}"""),
                    @ExampleObject(name = "too many in preparation", value = """
                            {"type":"https://koperasi.bekasikota.go.id/problems/rule-violation","title":"A business rule is not met","status":422,
                             "detail":"A cooperative may hold at most 20 applications in preparation (DRAFT or RETURNED) at once: submit or withdraw one before opening another",
                             "reasons":["The cooperative has 20 applications in DRAFT or RETURNED; at most 20 may be in preparation at once: submit or withdraw one before opening another."]}""")}))
    @AnswersWithETag
    public Response createLoanApplication(@Valid @NotNull LoanApplicationRequest request, @Context UriInfo uri) {
        LoanApplication application = applications.create(mapper.toProposal(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(application.id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(application.version)).entity(mapper.toView(application, today.date(), caller.actor())).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @Operation(summary = "List loan applications", description = "Newest first (for a partner, the most recently forwarded first). The office sees "
            + "all; a cooperative only its own; a partner only those forwarded to its programs.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LoanApplicationView> listLoanApplications(
            @BeanParam PageRequest paging,
            @Parameter(schema = @Schema(implementation = LoanApplicationState.class)) @QueryParam("state") String state,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Financing program id") @QueryParam("programId") String programId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Cooperative id") @QueryParam("cooperativeId") String cooperativeId,
            @Parameter(description = "Partner id", example = "lpdb-kumkm") @QueryParam("partnerId") @Size(max = Actor.PARTNER_ID_LENGTH) String partnerId) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        LoanApplicationState stateValue = faults.read(() -> Params.enumValue("state", state, LoanApplicationState.class));
        UUID program = faults.read(() -> Params.uuid("programId", programId));
        UUID cooperative = faults.read(() -> Params.uuid("cooperativeId", cooperativeId));
        faults.refuseAny();
        var filter = new LoanApplicationService.Filter(stateValue, program, cooperative,
                partnerId == null || partnerId.isBlank() ? null : partnerId.strip());
        var on = today.date();
        return applications.list(caller.actor(), filter, paging).map(a -> mapper.toView(a, on, caller.actor()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @Operation(summary = "Read a loan application", description = "For the office, the applicant cooperative, and the partner once "
            + "forwarded; anyone else gets 404. The ETag is the application's version.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getLoanApplication(@PathParam("id") String id) {
        LoanApplication application = applications.find(Params.id(Subjects.APPLICATION, id), caller.actor());
        return withTag(application);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COOPERATIVE, Roles.OFFICER})
    @Operation(summary = "Correct a DRAFT or RETURNED application", description = "A JSON object of the fields to change (`application/json`, not a JSON merge patch): a field left out "
            + "or sent as null is not changed, since none of them can be removed. Needs If-Match. "
            + "A program moved to must accept applications today, as for a new draft.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: the program moved to does not accept applications today "
            + "(`reasons` gives its window, `errors` names `programId`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response correctLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @Valid @NotNull LoanApplicationPatch patch) {
        return withTag(applications.correct(Params.id(Subjects.APPLICATION, id), ifMatch, mapper.toCorrection(patch), caller.actor()));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COOPERATIVE, Roles.OFFICER})
    @Operation(summary = "Submit to the office", description = "From DRAFT or RETURNED. Every eligibility rule and the program's "
            + "required documents are checked; if any fails, 422 lists every reason. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "SUBMITTED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: not eligible (including an amount or tenor outside the program's "
            + "limits), or required documents missing; `reasons` lists every one, and `errors` the field of each broken limit "
            + "(`amount`, `tenorMonths`), as a recommendation and a decision name them", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "outside the limits", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/rule-violation","title":"A business rule is not met","status":422,
                     "detail":"The application cannot be submitted",
                     "errors":[{"field":"amount","message":"Amount 1000000 is below the program's minimum of 50000000."},
                               {"field":"tenorMonths","message":"Tenor of 120 months is above the program's maximum of 60 months."}],
                     "reasons":["Amount 1000000 is below the program's minimum of 50000000.",
                                "Tenor of 120 months is above the program's maximum of 60 months.",
                                "The program requires a PROPOSAL document; none is attached."]}""")))
    @IfMatchOptional
    @AnswersWithETag
    public Response submitLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                          @RequestBody(required = false) @Valid ActionRequest body) {
        return act(id, LoanAction.SUBMIT, body, ifMatch);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COOPERATIVE, Roles.OFFICER})
    @Operation(summary = "Withdraw the application", description = "By the cooperative (or an officer for it), any time before the partner's decision.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response withdrawLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @RequestBody(required = false) @Valid ActionRequest body) {
        return act(id, LoanAction.WITHDRAW, body, ifMatch);
    }

    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Verify (office)", description = "Documents checked and site surveyed: SUBMITTED -> VERIFIED.")
    @APIResponse(responseCode = "200", description = "VERIFIED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response verifyLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                          @RequestBody(required = false) @Valid ActionRequest body) {
        return act(id, LoanAction.VERIFY, body, ifMatch);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Return for correction (office)", description = "SUBMITTED -> RETURNED; the reason is required.")
    @APIResponse(responseCode = "200", description = "RETURNED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response returnLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Valid ActionRequest body) {
        return act(id, LoanAction.RETURN, body, ifMatch);
    }

    @POST
    @Path("/{id}/recommend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Recommend to the partner (office)", description = "VERIFIED -> RECOMMENDED. The amount and tenor asked "
            + "must still be within the program's limits (the program may have changed since the submission), and the cooperative "
            + "must still be eligible as of today (its standing may have changed since; the program's window is not asked again).")
    @APIResponse(responseCode = "200", description = "RECOMMENDED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: the amount or tenor asked is outside the program's limits (`reasons` "
            + "lists every broken limit, `errors` the field of each), or the cooperative is no longer eligible (`reasons` lists every "
            + "failed rule)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response recommendLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                             @RequestBody(required = false) @Valid ActionRequest body) {
        return act(id, LoanAction.RECOMMEND, body, ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Reject (office)", description = "VERIFIED -> REJECTED, final; the reason is required.")
    @APIResponse(responseCode = "200", description = "REJECTED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response rejectLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Valid ActionRequest body) {
        return act(id, LoanAction.REJECT, body, ifMatch);
    }

    @POST
    @Path("/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Forward to the partner (office)", description = "RECOMMENDED -> FORWARDED: from now on the partner sees it.")
    @APIResponse(responseCode = "200", description = "FORWARDED", content = @Content(schema = @Schema(implementation = LoanApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response forwardLoanApplication(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @RequestBody(required = false) @Valid ActionRequest body) {
        return act(id, LoanAction.FORWARD, body, ifMatch);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @Operation(summary = "The application's history", description = "Every action in order, a page at a time (`page`, `size`; a "
            + "returned application may go round again, so the history has no fixed length): who (and in which role), when, from which "
            + "state to which, and why. A partner sees the history from the forwarding on, and the account names of partners only "
            + "(`actor` is absent for the office's and the cooperative's actions; `actorRole` says whose they were).")
    @APIResponse(responseCode = "200", description = "A page of the history, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<StateChangeView> getLoanApplicationHistory(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        Actor actor = caller.actor();
        return applications.history(Params.id(Subjects.APPLICATION, id), actor, paging).map(c -> mapper.toView(c, actor));
    }

    @GET
    @Path("/{id}/eligibility")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "Eligibility of the application as it stands", description = "Every rule as of today (or asOf), for the "
            + "amount and tenor asked.")
    @APIResponse(responseCode = "200", description = "Every rule's outcome", content = @Content(schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getLoanApplicationEligibility(@PathParam("id") String id,
                                                  @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date of the evaluation; today by default") @QueryParam("asOf") String asOf,
                                                  @Parameter(description = "The language of the explanations (`reasons`, `checks[].detail`): `id` (Bahasa Indonesia, amounts as Rp 150.000.000, dates as 7 Desember 2026) or `en` (the default); the answer names it in `Content-Language`", example = "id", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        LoanApplication application = applications.find(Params.id(Subjects.APPLICATION, id), caller.actor());
        java.util.Locale language = Languages.choose(acceptLanguage);
        return Languages.answer(mapper.toView(application.cooperativeId, application.programId, eligibility.preview(application.cooperativeId,
                application.programId, application.requestedAmount, application.requestedTenorMonths,
                Params.date("asOf", asOf, today.date())), language), language);
    }

    @GET
    @Path("/{id}/schedule")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @Operation(summary = "The loan's schedule", description = "Generated at disbursement: every installment with what was paid on it, "
            + "totals, and days past due as of today.")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not disbursed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleView getLoanSchedule(@PathParam("id") String id) {
        return mapper.toSchedule(applications.find(Params.id(Subjects.APPLICATION, id), caller.actor()), today.date());
    }

    @GET
    @Path("/{id}/repayments")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @Operation(summary = "The loan's repayments", description = "In the order recorded, each with how it paid the installments.")
    @APIResponse(responseCode = "200", description = "A page of repayments")
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RepaymentView> listLoanRepayments(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return servicing.repayments(Params.id(Subjects.APPLICATION, id), caller.actor(), paging).map(mapper::toView);
    }

    private Response act(String id, LoanAction action, ActionRequest body, String ifMatch) {
        LoanApplication application = applications.act(Params.id(Subjects.APPLICATION, id), action,
                body == null ? null : body.reason(), ifMatch, caller.actor());
        return withTag(application);
    }

    private Response withTag(LoanApplication application) {
        return Response.ok(mapper.toView(application, today.date(), caller.actor())).header(HttpHeaders.ETAG, EntityTags.of(application.version)).build();
    }
}
