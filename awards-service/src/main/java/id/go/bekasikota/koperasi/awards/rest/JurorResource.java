package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import id.go.bekasikota.koperasi.awards.mapping.AwardsMapper;
import id.go.bekasikota.koperasi.awards.rest.dto.JurorTaskView;
import id.go.bekasikota.koperasi.awards.service.JuryService;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The calling juror's work list. */
@Path("/api/v1/juror/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations")
@SecurityRequirement(name = "bearer")
public class JurorResource {

    private final JuryService jury;
    private final AwardsMapper mapper;
    private final Caller caller;

    public JurorResource(JuryService jury, AwardsMapper mapper, Caller caller) {
        this.jury = jury;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "My nominations to score", description = "The nominations of the OPEN programs the calling juror is assigned to, except those it declared a conflict with, with the indicators to score and the juror's own scores so far; a page at a time (`page`, `size` up to 100).")
    @APIResponse(responseCode = "200", description = "A page of the work list, by program and cooperative number")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a juror", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<JurorTaskView> listMyNominations(@BeanParam @Valid PageRequest paging) {
        return jury.tasks(caller.actor(), paging).map(mapper::toView);
    }
}
