package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.rest.dto.AwardView;
import id.go.bekasikota.koperasi.registry.service.AwardService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The awards a cooperative won, from the awards service's announcements. */
@Path("/api/v1/cooperatives/{id}/awards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperatives")
public class AwardResource {

    private final AwardService service;

    public AwardResource(AwardService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "Award history", description = "Awards won (city, province, national), latest year first. Kept from `winner-announced` events of the awards service.")
    @APIResponse(responseCode = "200", description = "A page of awards")
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AwardView> listAwards(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return service.history(Params.id(Subjects.COOPERATIVE, id), paging)
                .map(a -> new AwardView(a.programId, a.year, a.category, a.level, a.rank, a.totalScore, a.announcedOn));
    }
}
