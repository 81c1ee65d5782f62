package id.go.bekasikota.koperasi.projection.rebuild;

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

/**
 * The operator's rebuild of the projection of the register, written once: each service that
 * keeps the projection exposes it with a subclass that only names its path
 * ({@code /api/v1/admin/<service>/projections/registry/rebuilds}, so the gateway can route it).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RegistryProjectionRebuildResource {

    /** What a not-found is about ({@code projection.subject.rebuild}). */
    private static final Text REBUILD = Text.of("projection.subject.rebuild");

    private final RegistryProjectionRebuilds service;
    private final Caller caller;

    protected RegistryProjectionRebuildResource(RegistryProjectionRebuilds service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Rebuild the projection of the register", description = """
            Rebuilds this service's projection of the register into a fresh table, in the background: the compacted topic
            registry.cooperative-snapshot.v1 from its start, then registry.cooperative.v1 from ten minutes before the
            rebuild started to its end, then, with the live consumer held for a moment, the last events and the switch:
            the fresh table takes the projection's place in one transaction. Until then the projection answers as it
            was (the live consumer keeps it current); after, versions are those of the register, so stale events are
            still ignored. One rebuild at a time. Who asked and when are kept. Progress: the rebuild at Location, the
            metrics koperasi_projection_rebuild_* and /q/health/ready.""")
    @APIResponse(responseCode = "202", description = "Started; its state (also at Location)",
            headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = RebuildView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running (`existingId` names it; when another instance started one at the same moment, the detail says so without it)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rebuildRegistryProjection(@Context UriInfo uri) {
        ProjectionRebuild started = service.request(caller.subject());
        return Response.accepted(RebuildView.of(started)).location(uri.getAbsolutePathBuilder().path(started.id.toString()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "List rebuilds of the projection of the register", description = "Latest first: who asked, when, and how each ended.")
    @APIResponse(responseCode = "200", description = "A page of rebuilds")
    @APIResponse(responseCode = "400", description = "Bad page parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RebuildView> listRegistryProjectionRebuilds(@BeanParam @Valid PageRequest paging) {
        return service.list(paging).map(RebuildView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Read a rebuild of the projection of the register", description = "Its state and progress.")
    @APIResponse(responseCode = "200", description = "The rebuild", content = @Content(schema = @Schema(implementation = RebuildView.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such rebuild", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildView getRegistryProjectionRebuild(@PathParam("id") String id) {
        return service.find(Params.id(REBUILD, id)).map(RebuildView::of).orElseThrow(() -> ProblemException.notFound(REBUILD, id));
    }
}
