package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.domain.FinancingProgram;
import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.financing.mapping.FinancingProgramMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramRequest;
import id.go.bekasikota.koperasi.financing.rest.dto.FinancingProgramView;
import id.go.bekasikota.koperasi.financing.service.FinancingProgramService;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Partners' soft-loan programs: the office registers them, everyone reads them. */
@Path("/api/v1/financing-programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financing programs", description = "Soft-loan programs of partner banks and funds (LPDB-KUMKM, KUR)")
public class FinancingProgramResource {

    private final FinancingProgramService service;
    private final FinancingProgramMapper mapper;
    private final Today today;
    private final Caller caller;

    public FinancingProgramResource(FinancingProgramService service, FinancingProgramMapper mapper, Today today, Caller caller) {
        this.caller = caller;
        this.service = service;
        this.mapper = mapper;
        this.today = today;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Register a financing program", description = "A partner's program with its rate, schedule method, limits, "
            + "accepted jenis and KBLI, dates and required documents.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = FinancingProgramView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response createFinancingProgram(@Valid @NotNull FinancingProgramRequest request, @Context UriInfo uri) {
        FinancingProgram program = service.create(mapper.toDefinition(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(program.id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(program.version))
                .entity(mapper.toView(program, today.date(), caller.readsEverything())).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List financing programs", description = "By name, then id; optionally one partner's, one scheme's, "
            + "or those accepting applications on a date. Public.")
    @APIResponse(responseCode = "200", description = "A page of programs")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FinancingProgramView> listFinancingPrograms(
            @BeanParam PageRequest paging,
            @Parameter(description = "The partner's id", example = "lpdb-kumkm") @QueryParam("partnerId") @Size(max = Actor.PARTNER_ID_LENGTH) String partnerId,
            @Parameter(description = "The scheme", example = "KUR_MIKRO") @QueryParam("scheme") @Size(max = 40) String scheme,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Only programs accepting applications on this date (ISO)", example = "2026-09-01")
            @QueryParam("openOn") String openOn) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        LocalDate openDate = faults.read(() -> Params.date("openOn", openOn, null));
        faults.refuseAny();
        LocalDate on = today.date();
        return service.list(partnerId, scheme, openDate, paging).map(p -> mapper.toView(p, on, caller.readsEverything()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a financing program", description = "Public. The ETag names the program's version and this representation.")
    @APIResponse(responseCode = "200", description = "The program", content = @Content(schema = @Schema(implementation = FinancingProgramView.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getFinancingProgram(@PathParam("id") String id) {
        FinancingProgram program = service.find(Params.id(Subjects.PROGRAM, id))
                .orElseThrow(() -> ProblemException.notFound(Subjects.PROGRAM, id));
        return Response.ok(mapper.toView(program, today.date(), caller.readsEverything())).header(HttpHeaders.ETAG, EntityTags.of(program.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Replace a financing program", description = "Needs If-Match. The partner of a program with applications cannot change; while applications are under "
            + "way the rate cannot rise and the method cannot change (409).")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = FinancingProgramView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The partner cannot change: applications name the program; or the rate cannot rise "
            + "nor the method change: applications are under way (submitted, returned, verified, recommended or forwarded) under "
            + "the current terms, and an approval without a rate of its own takes the program's (a lower rate is allowed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response replaceFinancingProgram(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Valid @NotNull FinancingProgramRequest request) {
        FinancingProgram program = service.replace(Params.id(Subjects.PROGRAM, id), ifMatch, mapper.toDefinition(request), caller.actor());
        return Response.ok(mapper.toView(program, today.date(), caller.readsEverything())).header(HttpHeaders.ETAG, EntityTags.of(program.version)).build();
    }
}
