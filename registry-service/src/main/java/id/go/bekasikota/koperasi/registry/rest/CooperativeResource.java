package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportView;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeView;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingView;
import id.go.bekasikota.koperasi.registry.service.CooperativeService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The register of cooperatives: the public view for everyone, the full record for the office. */
@Path("/api/v1/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperatives", description = "The register of cooperatives of Kota Bekasi")
@SecurityRequirement(name = "bearer")
public class CooperativeResource {

    private final CooperativeService service;
    private final CooperativeMapper mapper;
    private final Caller caller;

    public CooperativeResource(CooperativeService service, CooperativeMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Register a cooperative", description = "Enters a cooperative in the register and publishes `registered`.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cooperative number is registered already (existingId names it)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull CooperativeRequest request, @Context UriInfo uri) {
        CooperativeWithStanding registered = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(registered.cooperative().id.toString()).build())
                .header("ETag", EntityTags.of(registered.cooperative().version))
                .entity(view(registered)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search the register", description = "Anonymous callers get the public view (no contact data).")
    @APIResponse(responseCode = "200", description = "A page of cooperatives")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CooperativeView> search(@BeanParam @Valid PageRequest paging,
                                        @Parameter(description = "Part of the name") @QueryParam("name") String name,
                                        @Parameter(description = "Kemendagri code", example = "327501") @QueryParam("kecamatanCode") String kecamatanCode) {
        return service.list(paging, name, kecamatanCode).map(this::view);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a cooperative", description = "Anonymous callers get the public view. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The cooperative", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        CooperativeWithStanding found = service.find(Params.id("Cooperative", id))
                .orElseThrow(() -> ProblemException.notFound("Cooperative", id));
        return Response.ok(view(found)).header("ETag", EntityTags.of(found.cooperative().version)).build();
    }

    @POST
    @Path("/{id}/annual-reports")
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "File a RAT report", description = "Files the report of an annual members' meeting; filing a year again is a correction that keeps the earlier revision.")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's record", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fileReport(@PathParam("id") String id, @Valid @NotNull AnnualReportRequest request) {
        UUID cooperativeId = Params.id("Cooperative", id);
        if (!caller.isOfficer()) {
            caller.requireCooperativeOrOffice(cooperativeId);
        }
        var report = service.fileReport(cooperativeId, request, caller.subject());
        return Response.status(Response.Status.CREATED).entity(mapper.toView(report, cooperativeId)).build();
    }

    @GET
    @Path("/{id}/annual-reports")
    @PermitAll
    @Operation(summary = "List RAT reports", description = "Every revision of every year, oldest first.")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AnnualReportView> reports(@PathParam("id") String id) {
        UUID cooperativeId = Params.id("Cooperative", id);
        return service.reports(cooperativeId).stream().map(r -> mapper.toView(r, cooperativeId)).toList();
    }

    @GET
    @Path("/{id}/standing")
    @PermitAll
    @Operation(summary = "Status and grade as of a date", description = "Activity status (ACTIVE, INACTIVE, DISSOLVED) and the ministry's RAT grade with the reasons. `asOf` defaults to today.")
    @APIResponse(responseCode = "200", description = "The standing", content = @Content(schema = @Schema(implementation = StandingView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandingView standing(@PathParam("id") String id,
                                 @Parameter(description = "Date (YYYY-MM-DD); default today", example = "2026-07-01") @QueryParam("asOf") String asOf) {
        UUID cooperativeId = Params.id("Cooperative", id);
        return mapper.toView(cooperativeId, service.standing(cooperativeId, Params.date("asOf", asOf, service.today())));
    }

    private CooperativeView view(CooperativeWithStanding found) {
        Cooperative cooperative = found.cooperative();
        boolean withContact = caller.readsEverything() || caller.isCooperative(cooperative.id);
        return mapper.toView(cooperative, found.standing(), withContact);
    }
}
