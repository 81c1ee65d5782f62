package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.Jury;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.Subjects;
import id.go.bekasikota.koperasi.awards.mapping.AwardsMapper;
import id.go.bekasikota.koperasi.awards.rest.dto.AwardProgramRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.AwardProgramView;
import id.go.bekasikota.koperasi.awards.rest.dto.HistoryView;
import id.go.bekasikota.koperasi.awards.rest.dto.JurorRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.JurorView;
import id.go.bekasikota.koperasi.awards.rest.dto.NominationView;
import id.go.bekasikota.koperasi.awards.rest.dto.ProgramNominationRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.RankingView;
import id.go.bekasikota.koperasi.awards.rest.dto.WinnersView;
import id.go.bekasikota.koperasi.awards.service.NominationService;
import id.go.bekasikota.koperasi.awards.service.ProgramService;
import id.go.bekasikota.koperasi.awards.service.ResultService;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.CreatedWithoutLocation;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Award programs: the office runs them; anyone reads them and their announced winners. */
@Path("/api/v1/award-programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Award programs", description = "Programs per year, category and level with their scoring sheets, jury, ranking and winners")
public class AwardProgramResource {

    private final ProgramService programs;
    private final NominationService nominations;
    private final ResultService results;
    private final AwardsMapper mapper;
    private final Caller caller;

    public AwardProgramResource(ProgramService programs, NominationService nominations, ResultService results, AwardsMapper mapper,
                                Caller caller) {
        this.programs = programs;
        this.nominations = nominations;
        this.results = results;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create an award program", description = "A program of one year, category (OUTSTANDING_PER_JENIS names its jenis) and level, with its nomination window, announcement date (12 July when empty), number of winners and scoring sheet. The sheet needs at least one indicator, positive weights and unique codes; COMPUTED indicators need a kind and a positive target.")
    @APIResponse(responseCode = "201", description = "Created; `ETag` names this version", content = @Content(schema = @Schema(implementation = AwardProgramView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in `errors[]` (e.g. `scoringSheet[1].weight`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response createAwardProgram(@Valid @NotNull AwardProgramRequest request, @Context UriInfo uri) {
        AwardProgram created = programs.create(mapper.toTerms(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version)).entity(mapper.toView(created, false)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List award programs", description = "Public. Latest year first, then by name and id.")
    @APIResponse(responseCode = "200", description = "A page of programs")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AwardProgramView> listAwardPrograms(@BeanParam PageRequest paging,
                                                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"), description = "Program year, 2000-2100", example = "2026") @QueryParam("year") String year,
                                                    @Parameter(schema = @Schema(implementation = ProgramState.class)) @QueryParam("state") String state) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        Long parsedYear = faults.read(() -> Params.wholeNumber("year", year));
        if (parsedYear != null && (parsedYear < 2000 || parsedYear > 2100)) {
            faults.add("year", Text.of("awards.field.year"));
        }
        ProgramState stateValue = faults.read(() -> Params.enumValue("state", state, ProgramState.class));
        faults.refuseAny();
        return programs.list(parsedYear == null ? null : parsedYear.intValue(), stateValue, paging)
                .map(p -> mapper.toView(p, programs.hasNominations(p.id)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read an award program", description = "Public, with its scoring sheet.")
    @APIResponse(responseCode = "200", description = "The program; `ETag` names this version and representation", content = @Content(schema = @Schema(implementation = AwardProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getAwardProgram(@PathParam("id") String id) {
        AwardProgram found = programs.find(Params.id(Subjects.PROGRAM, id)).orElseThrow(() -> ProblemException.notFound(Subjects.PROGRAM, id));
        return Response.ok(mapper.toView(found, programs.hasNominations(found.id))).header(HttpHeaders.ETAG, EntityTags.of(found.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Change an award program", description = "Replaces the editable fields while the program is OPEN; `If-Match` with the ETag read. Once a nomination exists, the scoring sheet, year, category, jenis and level are frozen, and the window may move only so that it still contains every day a nomination was made on (withdrawn ones included) and its close stays on the same side of 1 July. Terms the program has already change nothing: the answer is 200 with the same `ETag`, and no trail entry is written.")
    @APIResponse(responseCode = "200", description = "Changed; the new `ETag`", content = @Content(schema = @Schema(implementation = AwardProgramView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not OPEN (`currentState`), or a frozen part of the program would change (once nominated: the sheet, year, category, jenis, level, the financial year F the window's close measures on, and a window leaving out a day a nomination was made on)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale `If-Match`", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "`If-Match` missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response updateAwardProgram(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Valid @NotNull AwardProgramRequest request) {
        AwardProgram updated = programs.update(Params.id(Subjects.PROGRAM, id), ifMatch, mapper.toTerms(request), caller.actor());
        return Response.ok(mapper.toView(updated, programs.hasNominations(updated.id)))
                .header(HttpHeaders.ETAG, EntityTags.of(updated.version)).build();
    }

    @POST
    @Path("/{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "Nominate a cooperative for this program", description = "Same as `POST /api/v1/nominations` with the program from the path, re-nomination after a withdrawal included (at most twice per cooperative and program, while the window is open).")
    @APIResponse(responseCode = "201", description = "Nominated; `submitted` is published", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: among them a `cooperativeId` unknown to the register", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer; another cooperative; or self-nomination not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nominated already and not withdrawn (`existingId`), or the program is not OPEN (`currentState`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible, outside the nomination window, or withdrawn from this program three times already: `reasons[]` lists every failed rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response nominateForAwardProgram(@PathParam("id") String id, @Valid @NotNull ProgramNominationRequest request, @Context UriInfo uri) {
        Nomination created = nominations.nominate(Params.id(Subjects.PROGRAM, id), request.cooperativeId(), request.statement(), caller.actor());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/nominations").path(created.id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version))
                .entity(mapper.toView(created, null, false, false)).build();
    }

    @GET
    @Path("/{id}/jurors")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "List the program's jurors", description = "By username (the token's `upn`); a jury has at most 25 jurors.")
    @APIResponse(responseCode = "200", description = "The jurors (at most 25)", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = JurorView.class, maxItems = Jury.MAX_JURORS)))
    @APIResponse(responseCode = "403", description = "Not the office", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<JurorView> listJurors(@PathParam("id") String id) {
        return programs.jurors(Params.id(Subjects.PROGRAM, id)).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("/{id}/jurors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Assign a juror", description = "The juror (a username, the `upn` of the juror's token, with the `juror` role; in Keycloak the user's username, not its `sub`) may then read and score the program's nominations, except those of a cooperative it declares a conflict with. Only while OPEN. A jury has at most 25 jurors: the 26th is refused (422) until one is removed.")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(schema = @Schema(implementation = JurorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Assigned already, or the program is not OPEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The jury has 25 jurors already (`rule-violation`): remove one first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @CreatedWithoutLocation
    public Response assignJuror(@PathParam("id") String id, @Valid @NotNull JurorRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toView(programs.assignJuror(Params.id(Subjects.PROGRAM, id), request.juror(), caller.actor()))).build();
    }

    @DELETE
    @Path("/{id}/jurors/{juror}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Remove a juror", description = "Only while OPEN. The juror's scores no longer count; seated again, the juror scores afresh: a score given before the removal counts again only once saved again (`counts` in the scores read).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program or juror", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The program is not OPEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeJuror(@PathParam("id") String id,
                                @Parameter(description = "The juror's token subject (at most 200 characters, as assigned: a longer one names no juror, 404)",
                                        example = "juri-1@bekasikota.go.id", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                                @PathParam("juror") String juror) {
        programs.removeJuror(Params.id(Subjects.PROGRAM, id), juror, caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/ranking")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Ranking with a breakdown", description = "Paged (`page`, `size` up to 100; `page` says where the entries stand in the whole ranking, `totalItems` how many nominations are ranked). Every nomination ranked by total descending, then the keuangan subtotal descending, then cooperative number ascending, with every number explained per indicator (actual, target, achievement, band; juror scores and who was left out for a conflict; weight x score). Provisional and live while OPEN; frozen once finalised. Shown to two decimals: an actual value and its achievement percent truncated toward zero, so never past a band edge (79.9999998% shows as 79.99% beside band 50); juror means, weighted scores and subtotals half-up; the total is computed from exact values and rounded once, half-up.")
    @APIResponse(responseCode = "200", description = "The ranking: one page of its entries (`page`, `size`), best first", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the office", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RankingView getRanking(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return mapper.toView(results.ranking(Params.id(Subjects.PROGRAM, id), paging));
    }

    @POST
    @Path("/{id}/close-nominations")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Close the nominations early", description = "Before the window's end, e.g. once every candidate is in: no more nominations; computed indicators are measured as of today; the scores may be finalised from now on.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = AwardProgramView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not OPEN (`currentState`), closed already, the window has not opened", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response closeNominations(@PathParam("id") String id) {
        AwardProgram closed = programs.closeNominations(Params.id(Subjects.PROGRAM, id), caller.actor());
        return Response.ok(mapper.toView(closed, programs.hasNominations(closed.id))).header(HttpHeaders.ETAG, EntityTags.of(closed.version)).build();
    }

    @POST
    @Path("/{id}/finalise")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Finalise the scores", description = "After the nomination window closed, when every assigned juror without a conflict scored every juror-scored indicator of every nomination: fixes ranks, totals, breakdowns and the winners (the top `winners`), freezes the scores and publishes `scores-finalised` per nomination. Nominations can no longer be withdrawn nor scores revised. The nominations in the running become RANKED.")
    @APIResponse(responseCode = "200", description = "Finalised", content = @Content(schema = @Schema(implementation = AwardProgramView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not OPEN (`currentState`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The window is still open, a nomination in the running would not be given the award (a loan DEFAULTED or a dissolution since; withdraw it first), or scores are missing: `reasons[]` names each", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response finaliseAwardProgram(@PathParam("id") String id) {
        AwardProgram finalised = results.finalise(Params.id(Subjects.PROGRAM, id), caller.actor());
        return Response.ok(mapper.toView(finalised, true)).header(HttpHeaders.ETAG, EntityTags.of(finalised.version)).build();
    }

    @POST
    @Path("/{id}/announce")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Announce the winners", description = "On or after the announcement date, once finalised: publishes `winner-announced` per winner (the registry adds it to the cooperative's award history). The winners become public and the cooperatives see their results.")
    @APIResponse(responseCode = "200", description = "Announced", content = @Content(schema = @Schema(implementation = AwardProgramView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not FINALISED (`currentState`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Before the announcement date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response announceAwardProgram(@PathParam("id") String id) {
        AwardProgram announced = results.announce(Params.id(Subjects.PROGRAM, id), caller.actor());
        return Response.ok(mapper.toView(announced, true)).header(HttpHeaders.ETAG, EntityTags.of(announced.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "The program's trail", description = "Who did what, when and why, oldest first, a page at a time (`page`, `size` up to 100): creation and changes, jurors assigned and removed, every nomination, withdrawal, conflict declaration and score (with the previous value of a revision), finalisation, announcement and forwarding.")
    @APIResponse(responseCode = "200", description = "A page of the trail, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the office", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<HistoryView> getAwardProgramHistory(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return programs.history(Params.id(Subjects.PROGRAM, id), paging).map(mapper::toView);
    }

    @GET
    @Path("/{id}/winners")
    @PermitAll
    @Operation(summary = "Winners", description = "Public once announced (best first, with any forwarding to the next round). The office also sees them once finalised; before that the list is empty.")
    @APIResponse(responseCode = "200", description = "The winners", content = @Content(schema = @Schema(implementation = WinnersView.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WinnersView listWinners(@PathParam("id") String id) {
        return mapper.toView(results.winners(Params.id(Subjects.PROGRAM, id), caller.actor()),
                nomination -> nominations.forwarding(nomination).map(mapper::toView).orElse(null));
    }

}
