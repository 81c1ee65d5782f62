package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.Subjects;
import id.go.bekasikota.koperasi.awards.mapping.AwardsMapper;
import id.go.bekasikota.koperasi.awards.rest.dto.ConflictRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.ConflictView;
import id.go.bekasikota.koperasi.awards.rest.dto.ForwardRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.ForwardingView;
import id.go.bekasikota.koperasi.awards.rest.dto.HistoryView;
import id.go.bekasikota.koperasi.awards.rest.dto.NominationRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.NominationView;
import id.go.bekasikota.koperasi.awards.rest.dto.OutcomeRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.ScoreView;
import id.go.bekasikota.koperasi.awards.rest.dto.ScoresRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.WithdrawalRequest;
import id.go.bekasikota.koperasi.awards.service.JuryService;
import id.go.bekasikota.koperasi.awards.service.NominationService;
import id.go.bekasikota.koperasi.awards.service.ProgramService;
import id.go.bekasikota.koperasi.awards.service.ResultService;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.CreatedWithoutLocation;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.IfMatchOptional;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Nominations, the jury's conflicts and scores, and forwarding winners to the next round. */
@Path("/api/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations", description = "Nominations, conflicts of interest, jury scores, forwarding")
@SecurityRequirement(name = "bearer")
public class NominationResource {

    private final NominationService nominations;
    private final ProgramService programs;
    private final JuryService jury;
    private final ResultService results;
    private final AwardsMapper mapper;
    private final Caller caller;

    public NominationResource(NominationService nominations, ProgramService programs, JuryService jury, ResultService results,
                              AwardsMapper mapper, Caller caller) {
        this.nominations = nominations;
        this.programs = programs;
        this.jury = jury;
        this.results = results;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "Nominate a cooperative", description = "By an officer, or by a cooperative for itself where the program allows self-nomination; only while the program is OPEN and inside its nomination window. Eligibility (DESIGN.md 3.1: ACTIVE; a cooperative number; RAT reports for F and F-1; no DEFAULTED loan; and the program's jenis for OUTSTANDING_PER_JENIS) comes from this service's projections of the registry's and financing's events; every failed rule is a reason. One nomination per cooperative per program. After a withdrawal the cooperative may be nominated again for the same program while its window is open, at most twice (three nominations in all); a re-nomination names the withdrawn one in `previousNominationId`, and conflicts of interest declared about the cooperative in the program still apply. Publishes `submitted`.")
    @APIResponse(responseCode = "201", description = "Nominated", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: among them a `programId` that is no award program, a `cooperativeId` unknown to the register", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer; another cooperative; or self-nomination not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nominated already and not withdrawn (`existingId`), or the program is not OPEN (`currentState`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible, outside the nomination window, or withdrawn from this program three times already: `reasons[]` lists every failed rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response createNomination(@Valid @NotNull NominationRequest request, @Context UriInfo uri) {
        if (programs.find(request.programId()).isEmpty()) {
            throw ProblemException.invalid("programId", Text.of("awards.field.not-a-program"));
        }
        Nomination created = nominations.nominate(request.programId(), request.cooperativeId(), request.statement(), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version)).entity(mapper.toView(created, null, false, false)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.JUROR, Roles.COOPERATIVE})
    @Operation(summary = "List nominations", description = "Latest first. Officers and auditors see all; a cooperative only its own; a juror only those of its programs whose cooperative it declared no conflict with (a conflict covers every nomination of the cooperative in the program).")
    @APIResponse(responseCode = "200", description = "A page of nominations")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A cooperative asking for another's nominations", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NominationView> listNominations(@BeanParam PageRequest paging,
                                                @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Award program id") @QueryParam("programId") String programId,
                                                @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Cooperative id") @QueryParam("cooperativeId") String cooperativeId,
                                                @Parameter(schema = @Schema(implementation = NominationState.class)) @QueryParam("state") String state) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        UUID program = faults.read(() -> Params.uuid("programId", programId));
        UUID cooperative = faults.read(() -> Params.uuid("cooperativeId", cooperativeId));
        NominationState stateValue = faults.read(() -> Params.enumValue("state", state, NominationState.class));
        faults.refuseAny();
        return nominations.list(program, cooperative, stateValue, paging, caller.actor()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.JUROR, Roles.COOPERATIVE})
    @Operation(summary = "Read a nomination", description = "States: SUBMITTED (in the running while the program is OPEN), WITHDRAWN, RANKED (the program's scores finalised), FORWARDED (a winner sent to the next round), OUTCOME_RECORDED (that round decided). The result (rank, total, winner, breakdown) shows to the office once finalised and to the cooperative once announced (without the jurors' names). A juror who declared a conflict with the cooperative in this program may not read it, nor its earlier or later nominations in the program.")
    @APIResponse(responseCode = "200", description = "The nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's, or a juror not of its program or with a conflict", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getNomination(@PathParam("id") String id) {
        Nomination found = nominations.readable(Params.id(Subjects.NOMINATION, id), caller.actor());
        return Response.ok(view(found)).header(HttpHeaders.ETAG, EntityTags.of(found.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "The nomination's trail", description = "Who did what, when and why, oldest first, a page at a time (`page`, `size` up to 100): nomination, withdrawal, conflicts, every score and revision (previous -> new value, comment), finalisation, forwarding and its outcome. Each entry names the actor and its role (`actorRole`). A withdrawn nomination keeps its trail, its scores among it.")
    @APIResponse(responseCode = "200", description = "A page of the trail, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the office", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<HistoryView> getNominationHistory(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return nominations.history(Params.id(Subjects.NOMINATION, id), caller.actor(), paging).map(mapper::toView);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "Withdraw a nomination", description = "By an officer or the nominated cooperative, while it is in the running (SUBMITTED, before the program's scores are finalised). Publishes `withdrawn`. Its scores, its conflicts of interest and its history stay on record. After a withdrawal the cooperative may be nominated again for the same program while its window is open, at most twice (three nominations in all); a re-nomination names the withdrawn one in `previousNominationId`, and conflicts of interest declared about the cooperative in the program still apply.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in the running: `currentState` WITHDRAWN (withdrawn already) or RANKED (scores finalised)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NominationView withdrawNomination(@PathParam("id") String id, @Valid @NotNull WithdrawalRequest request) {
        return view(nominations.withdraw(Params.id(Subjects.NOMINATION, id), request.reason(), caller.actor()));
    }

    @POST
    @Path("/{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Declare a conflict of interest", description = "The calling juror declares a conflict with the nomination's cooperative in this program (juror x cooperative x program): from then on it may neither read nor score any nomination of that cooperative in the program, a re-nomination after a withdrawal included, and any score it gave does not count. Declared once per cooperative and program; also on a withdrawn nomination. While the program is OPEN.")
    @APIResponse(responseCode = "201", description = "Declared", content = @Content(schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a juror of the program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Declared already for this cooperative in this program, on this or another of its nominations (`existingId`), or the program is not OPEN (`currentState`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @CreatedWithoutLocation
    public Response declareConflict(@PathParam("id") String id, @Valid @NotNull ConflictRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toView(jury.declareConflict(Params.id(Subjects.NOMINATION, id), request.reason(), caller.actor()))).build();
    }

    @GET
    @Path("/{id}/conflicts")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "List declared conflicts", description = "For the office: the declarations about the nomination's cooperative in its program, whichever of its nominations they were declared on (`nominationId`); oldest first, a page at a time (`page`, `size` up to 100): a juror removed from the jury keeps its declarations, so they are not bounded by the jury's size.")
    @APIResponse(responseCode = "200", description = "A page of the declarations, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the office", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ConflictView> listConflicts(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return jury.conflicts(Params.id(Subjects.NOMINATION, id), caller.actor(), paging).map(mapper::toView);
    }

    @PUT
    @Path("/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Score juror-scored indicators", description = "The calling juror scores some or all of the sheet's JUROR indicators 0-100 with a comment; each replaces the juror's earlier score of that indicator (revision counts up). "
            + "The juror's scores of this nomination are saved as one set with a version (the sum of their revisions, 0 before the first score; every save raises it), so that a form open twice cannot replace a later save unseen. "
            + "`If-Match` names the version the form shows: the `ETag` of `GET .../scores` read as this juror, or of this operation's previous answer. "
            + "It is required once the juror has scored this nomination (428 without it); the juror's first scoring of the nomination may come without it (with it, the version is 0). "
            + "412 when the juror's scores changed since that read (saved from another tab or device): nothing is saved; read them again and redo the change on what they are now. "
            + "Refused for a juror not of the program or with a declared conflict (403), and once the program is finalised (409 naming the state), before `If-Match` is looked at. "
            + "Answers the juror's scores of this nomination with their new `ETag`.")
    @APIResponse(responseCode = "200", description = "The juror's current scores of this nomination: one per JUROR indicator of the sheet (at most 50); `ETag` their new version, to send in `If-Match` with the next save",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = ScoreView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. `scores[0].indicatorCode` not a JUROR indicator, or a score outside 0-100", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a juror of the program, or a declared conflict with the cooperative in this program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The program is not OPEN (`currentState` FINALISED or ANNOUNCED), or the nomination is not in the running (`currentState` WITHDRAWN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` is not the version of the juror's scores of this nomination: they were saved since it was read (another tab or device), or a first scoring named a version other than 0; nothing was saved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` is missing while the juror has scores of this nomination already: send the `ETag` of its scores as read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IfMatchOptional
    @AnswersWithETag
    public Response scoreNomination(@PathParam("id") String id,
                                    @Parameter(description = "The `ETag` of the juror's scores of this nomination as the form read them (`GET .../scores` as this juror, or the previous save's answer), or `\"<version>\"`. Required once the juror has scored this nomination (428 without it); optional on its first scoring, where it must name version `\"0\"`. Another version's tag, or a weak (`W/`) one, is 412")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull ScoresRequest request) {
        JuryService.Saved saved = jury.score(Params.id(Subjects.NOMINATION, id), mapper.toEntries(request), ifMatch, caller.actor());
        return Response.ok(saved.scores().scores().stream().map(s -> mapper.toView(s, saved.counts())).toList())
                .header(HttpHeaders.ETAG, EntityTags.of(saved.scores().version())).build();
    }

    @GET
    @Path("/{id}/scores")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.JUROR})
    @Operation(summary = "Read the jury's scores", description = "The office reads every juror's scores, those of a withdrawn nomination too (they stay with it, as do those of a juror since removed); a juror only its own. A page at a time (`page`, `size` up to 100), by juror and indicator. "
            + "A juror's answer carries the `ETag` of its scores of this nomination as a whole (their version: the sum of their revisions, 0 before the first score), which `PUT .../scores` takes in `If-Match`; every page of the same scores names the same version. The office's answer has no `ETag`: it shows every juror's scores, and the office does not score.")
    @APIResponse(responseCode = "200", description = "A page of the scores, by juror and indicator; to a juror with the `ETag` of its scores of this nomination")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A juror not of the program or with a conflict", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public RestResponse<Page<ScoreView>> listScores(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        JuryService.Scores read = jury.scores(Params.id(Subjects.NOMINATION, id), caller.actor(), paging);
        RestResponse.ResponseBuilder<Page<ScoreView>> answer = RestResponse.ResponseBuilder.ok(read.page().map(s -> mapper.toView(s, read.counts())));
        read.ownVersion().ifPresent(version -> answer.header(HttpHeaders.ETAG, EntityTags.of(version)));
        return answer.build();
    }

    @POST
    @Path("/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Forward a winner to the next round", description = "After the announcement, a winner of a CITY program goes to the PROVINCE round, of a PROVINCE program to the NATIONAL round. Publishes `forwarded`; the outcome there is recorded when it comes back.")
    @APIResponse(responseCode = "201", description = "Forwarded", content = @Content(schema = @Schema(implementation = ForwardingView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not announced (`currentState`), not a winner, the last round, or forwarded already (`currentState` FORWARDED or OUTCOME_RECORDED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Its cooperative would not be given the award today (a loan DEFAULTED or a dissolution since the assessment date): `reasons[]` names each", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @CreatedWithoutLocation
    public Response forwardNomination(@PathParam("id") String id, @Valid ForwardRequest request) {
        return Response.status(Response.Status.CREATED).entity(mapper.toView(results.forward(Params.id(Subjects.NOMINATION, id),
                request == null ? null : request.note(), caller.actor()))).build();
    }

    @POST
    @Path("/{id}/forwarding/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Record the outcome at the next round", description = "WINNER (with the rank there) or NOT_SELECTED, when the province's or the ministry's decision comes back. Publishes `forwarding-outcome-recorded`, and for a WINNER also `winner-announced` at that level (no total: that round scored it), so the registry's award history shows it.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ForwardingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a WINNER needs `rank`; `decidedOn` not before forwarding)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nomination", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Never forwarded, or recorded already: `illegal-transition` naming `currentState`", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ForwardingView recordForwardingOutcome(@PathParam("id") String id, @Valid @NotNull OutcomeRequest request) {
        return mapper.toView(results.recordOutcome(Params.id(Subjects.NOMINATION, id), mapper.toDecision(request), caller.actor()));
    }

    private NominationView view(Nomination n) {
        return mapper.toView(n, nominations.forwarding(n.id).orElse(null), nominations.resultVisible(n, caller.actor()),
                caller.readsEverything());
    }
}
