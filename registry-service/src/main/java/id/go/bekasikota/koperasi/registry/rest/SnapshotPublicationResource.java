package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.SnapshotPublication;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.rest.dto.SnapshotPublicationView;
import id.go.bekasikota.koperasi.registry.service.SnapshotPublicationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's one-off publication of every cooperative's snapshot on the compacted snapshot topic. */
@Path("/api/v1/admin/registry/snapshot-publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Operator actions: the replayable register")
public class SnapshotPublicationResource {

    private final SnapshotPublicationService service;
    private final Caller caller;

    public SnapshotPublicationResource(SnapshotPublicationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Publish every cooperative's snapshot", description = """
            Writes the public snapshot of every cooperative into the outbox for the compacted topic
            registry.cooperative-snapshot.v1, in the background, in batches (each one briefly holds the register's writes
            so that no older snapshot follows a newer one). Needed once for a register written before the topic existed:
            since then every event brings its snapshot record. Who asked and when are kept. Answers at once; follow the
            publication at Location.""")
    @APIResponse(responseCode = "202", description = "Started; its state (also at Location)",
            headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = SnapshotPublicationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A publication is running (`existingId` names it; when another instance started one at the same moment, the detail says so without it)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishEverySnapshot(@Context UriInfo uri) {
        SnapshotPublication started = service.request(caller.subject());
        return Response.accepted(view(started)).location(uri.getAbsolutePathBuilder().path(started.id.toString()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "List snapshot publications", description = "Latest first: who asked, when, and how far each got.")
    @APIResponse(responseCode = "200", description = "A page of publications")
    @APIResponse(responseCode = "400", description = "Bad page parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SnapshotPublicationView> listSnapshotPublications(@BeanParam @Valid PageRequest paging) {
        return service.list(paging).map(SnapshotPublicationResource::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Read a snapshot publication's state")
    @APIResponse(responseCode = "200", description = "Its state and progress", content = @Content(schema = @Schema(implementation = SnapshotPublicationView.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such publication", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SnapshotPublicationView getSnapshotPublication(@PathParam("id") String id) {
        return service.find(Params.id(Subjects.PUBLICATION, id)).map(SnapshotPublicationResource::view)
                .orElseThrow(() -> ProblemException.notFound(Subjects.PUBLICATION, id));
    }

    static SnapshotPublicationView view(SnapshotPublication p) {
        return new SnapshotPublicationView(p.id, p.state.name(), p.requestedBy, p.requestedAt, p.total, p.published, p.finishedAt,
                p.failure);
    }
}
