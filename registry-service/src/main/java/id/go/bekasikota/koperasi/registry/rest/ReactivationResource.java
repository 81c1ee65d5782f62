package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.CreatedWithoutLocation;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationCaseRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationCaseView;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationVisitRequest;
import id.go.bekasikota.koperasi.registry.service.ReactivationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Reactivation of dormant ("mati suri") cooperatives: the office's cases and visits. */
@Path("/api/v1/cooperatives/{id}/reactivation-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reactivation", description = "Bringing dormant cooperatives back to activity")
public class ReactivationResource {

    private final ReactivationService service;
    private final CooperativeMapper mapper;
    private final Caller caller;

    public ReactivationResource(ReactivationService service, CooperativeMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Open a reactivation case", description = "For an INACTIVE cooperative with no open case. The cooperative stays INACTIVE, flagged as under reactivation, until a filed report makes it ACTIVE: the case then closes by itself (outcome REACTIVATED) and `status-changed` is published.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = ReactivationCaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cooperative is not INACTIVE (`currentState`), or a case is open already (`existingId`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response openReactivationCase(@PathParam("id") String id, @Valid @NotNull ReactivationCaseRequest request, @Context UriInfo uri) {
        ReactivationCase opened = service.open(Params.id(Subjects.COOPERATIVE, id), request.reason(), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(opened.version)).entity(mapper.toView(opened)).build();
    }

    @POST
    @Path("/{caseId}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Record a visit", description = "A visit to the cooperative with notes and next steps, on an open case.")
    @APIResponse(responseCode = "201", description = "Recorded; the case with its latest 20 visits (`visitCount` counts them all)", content = @Content(schema = @Schema(implementation = ReactivationCaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. a visit before the case opened, or in the future)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative or case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @CreatedWithoutLocation
    public Response recordReactivationVisit(@PathParam("id") String id, @PathParam("caseId") String caseId,
                                @Valid @NotNull ReactivationVisitRequest request) {
        ReactivationCase updated = service.recordVisit(Params.id(Subjects.COOPERATIVE, id), Params.id(Subjects.REACTIVATION_CASE, caseId),
                request.visitedOn(), request.notes(), CooperativeMapper.text(request.nextSteps()), caller.actor());
        return Response.status(Response.Status.CREATED).entity(mapper.toView(updated)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "List a cooperative's reactivation cases", description = "Latest first (by opening day), a page at a time (`page`, `size` up to 100), each with its latest 20 visits. Officers, auditors and the cooperative itself.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's cases", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReactivationCaseView> listReactivationCases(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        caller.requireCooperativeOrOffice(cooperativeId);
        return service.cases(cooperativeId, paging).map(mapper::toView);
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "Read a reactivation case", description = "With its latest 20 visits (`visits`, in the order they were recorded); `visitCount` counts every visit, and when it is more than 20 `GET .../visits` pages through all of them.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = ReactivationCaseView.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative or case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getReactivationCase(@PathParam("id") String id, @PathParam("caseId") String caseId) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        caller.requireCooperativeOrOffice(cooperativeId);
        ReactivationCase found = service.get(cooperativeId, Params.id(Subjects.REACTIVATION_CASE, caseId));
        return Response.ok(mapper.toView(found)).header(HttpHeaders.ETAG, EntityTags.of(found.version)).build();
    }

    @GET
    @Path("/{caseId}/visits")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "Every visit of a reactivation case", description = "All the case's visits in the order they were recorded, a page at a time (`page`, `size` up to 100): the case shows only the latest 20, and visits add up while it stays open. Officers, auditors and the cooperative itself.")
    @APIResponse(responseCode = "200", description = "A page of visits")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative or case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReactivationCaseView.Visit> listReactivationVisits(@PathParam("id") String id, @PathParam("caseId") String caseId,
                                                                   @BeanParam @Valid PageRequest paging) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        caller.requireCooperativeOrOffice(cooperativeId);
        return service.visits(cooperativeId, Params.id(Subjects.REACTIVATION_CASE, caseId), paging).map(mapper::toView);
    }
}
