package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivity;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals;
import id.go.bekasikota.koperasi.registry.domain.ReportingPeriod;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.mapping.ClusterActivityMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityTotalsView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityView;
import id.go.bekasikota.koperasi.registry.service.ClusterActivityService;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A cluster as a buying-and-selling coalition: what it bought, produced and sold together and the
 * jobs in its businesses, per month or quarter. The office or the host cooperative records and
 * corrects; everyone reads.
 */
@Path("/api/v1/clusters/{clusterId}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters")
public class ClusterActivityResource {

    private final ClusterActivityService service;
    private final Caller caller;

    public ClusterActivityResource(ClusterActivityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "Record a cluster's activity of a period", description = """
            A month (2026-03) or a quarter (2026-Q1) that has begun: joint raw-material purchases (item, quantity, unit, value),
            joint production (product, quantity, unit, value), joint sales (channel, value, markets) and the jobs in the member
            businesses at the end of the period. By an officer or the cluster's host cooperative. A period recorded already is
            corrected with PUT; a month and its quarter cannot both be recorded. Publishes `cluster.activity-recorded` on
            `registry.cluster.v1`.""")
    @APIResponse(responseCode = "201", description = "Recorded (revision 1; ETag \"1.<digest>\")", content = @Content(schema = @Schema(implementation = ClusterActivityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named (e.g. `sales[0].markets`, `period` not begun)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an officer nor the cluster's host cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The period is recorded already (`duplicate`, `existingId`), or overlaps a recorded month or quarter (`conflict`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response recordClusterActivity(@PathParam("clusterId") String clusterId, @Valid @NotNull ClusterActivityRequest request,
                                          @Context UriInfo uri) {
        ClusterActivity recorded = service.record(Params.id(Subjects.CLUSTER, clusterId), request.period(), ClusterActivityMapper.figures(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.period).build())
                .header(HttpHeaders.ETAG, EntityTags.of(recorded.revision)).entity(ClusterActivityMapper.view(recorded, true)).build();
    }

    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "Correct a cluster's activity of a period", description = """
            The body replaces the period's figures as its next revision; the earlier revisions stay readable. Needs If-Match
            with the current revision (the ETag). Publishes `cluster.activity-recorded` with the new revision. A period has at
            most 20 revisions, its first recording and 19 corrections: revision 20 is final, and a further correction is a 422
            `rule-violation` that writes nothing (a mistake still in the figures is taken up with the office).""")
    @APIResponse(responseCode = "200", description = "Corrected (the ETag names the new revision)", content = @Content(schema = @Schema(implementation = ClusterActivityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named; or `period` is not the path's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither an officer nor the cluster's host cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster, or the period was never recorded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`rule-violation`: the period has its 20 revisions already (corrected 19 times); its "
            + "figures are final (`reasons` says how many revisions it has)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples =
            @ExampleObject(name = "corrected 19 times", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/rule-violation","title":"A business rule is not met","status":422,
                     "detail":"The activity of 2026-Q1 has been corrected 19 times; no period may be corrected more than 19 times, so its figures are final. If they are still wrong, contact the office",
                     "reasons":["Period 2026-Q1 has 20 revisions, its first recording and 19 corrections; at most 20 are kept, so its figures are final: contact the office if they are still wrong."]}""")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response correctClusterActivity(@PathParam("clusterId") String clusterId,
                                           @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ReportingPeriod.PATTERN), description = "2026-03 or 2026-Q1", example = "2026-Q1") @PathParam("period") String period,
                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ClusterActivityRequest request) {
        ClusterActivity corrected = service.correct(Params.id(Subjects.CLUSTER, clusterId), period, request.period(), ifMatch,
                ClusterActivityMapper.figures(request), caller.actor());
        return Response.ok(ClusterActivityMapper.view(corrected, true)).header(HttpHeaders.ETAG, EntityTags.of(corrected.revision)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List a cluster's activity", description = """
            The current revision of each period whose first day is from `from` to `to`, by period, a page at a time (`page`,
            `size` up to 20, not 100: each period carries its lines).""")
    @APIResponse(responseCode = "200", description = "A page of periods")
    @APIResponse(responseCode = "400", description = "Invalid `from`, `to` or paging (`size` from 1 to 20)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClusterActivityView> listClusterActivities(@PathParam("clusterId") String clusterId, @BeanParam @Valid ClusterActivityPaging paging,
                                                           @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD", example = "2026-01-01") @QueryParam("from") String from,
                                                           @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD", example = "2026-12-31") @QueryParam("to") String to) {
        UUID cluster = Params.id(Subjects.CLUSTER, clusterId);
        boolean office = showsRecordedBy(cluster);
        return service.list(cluster, optionalDate("from", from), optionalDate("to", to), paging.request())
                .map(a -> ClusterActivityMapper.view(a, office));
    }

    @GET
    @Path("/totals")
    @PermitAll
    @Operation(summary = "A cluster's totals and trend", description = """
            What the cluster bought, produced and sold together from `from` to `to` (periods by their first day), and per
            quarter or year (`by`; months roll up, a quarter recorded whole cannot be split into months). Values add up; jobs
            are those of the latest period. Default: the last four quarters up to today.""")
    @APIResponse(responseCode = "200", description = "Totals and trend", content = @Content(schema = @Schema(implementation = ClusterActivityTotalsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid by, from or to (at most 40 steps)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClusterActivityTotalsView getClusterActivityTotals(@PathParam("clusterId") String clusterId,
                                                              @Parameter(schema = @Schema(implementation = ClusterActivityTotals.Granularity.class)) @QueryParam("by") String by,
                                                              @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD; taken back to the first day of its quarter or year (`by`), so that the first step is whole", example = "2025-10-01") @QueryParam("from") String from,
                                                              @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD (default today); taken forward to the last day of its quarter or year (`by`), so that the last step is whole too", example = "2026-09-30") @QueryParam("to") String to) {
        ActivityRange range = ActivityRange.of(by, from, to, service.today());
        return ClusterActivityMapper.totals(service.totals(Params.id(Subjects.CLUSTER, clusterId), range.by(), range.from(), range.to()),
                range.by(), range.from(), range.to());
    }

    @GET
    @Path("/{period}")
    @PermitAll
    @Operation(summary = "Read a cluster's activity of a period", description = "The current revision (ETag), or `?revision=` an earlier one.")
    @APIResponse(responseCode = "200", description = "The period", content = @Content(schema = @Schema(implementation = ClusterActivityView.class)))
    @APIResponse(responseCode = "400", description = "revision is not a whole number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster, period or revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getClusterActivity(@PathParam("clusterId") String clusterId,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ReportingPeriod.PATTERN), description = "2026-03 or 2026-Q1", example = "2026-Q1") @PathParam("period") String period,
                                       @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"), description = "A revision; default the current one", example = "1") @QueryParam("revision") String revision) {
        UUID cluster = Params.id(Subjects.CLUSTER, clusterId);
        Long wanted = Params.wholeNumber("revision", revision);
        Integer asked = wanted == null ? null : (int) Math.max(0, Math.min(wanted, Integer.MAX_VALUE));
        ClusterActivity found = service.find(cluster, period, asked)
                .orElseThrow(() -> ClusterActivityService.notFound(clusterId,
                        wanted == null ? period : Text.of("registry.not-found.revision", period, wanted)));
        boolean full = showsRecordedBy(cluster);
        Response.ResponseBuilder answer = Response.ok(ClusterActivityMapper.view(found, full));
        // The public view (without who recorded it) is another representation: its own tag, never an If-Match.
        String tag = full ? EntityTags.of(found.revision) : EntityTags.ofView(found.revision, "public");
        return (found.current ? answer.header(HttpHeaders.ETAG, tag) : answer).build();
    }

    @GET
    @Path("/{period}/revisions")
    @PermitAll
    @Operation(summary = "Every revision of a cluster's period", description = """
            Latest first (the first one is current), a page at a time (`page`, `size` up to 20, not 100: each revision carries
            its lines). A period has at most 20 revisions, so one page of 20 holds them all; a period corrected more often
            before that bound came in has more pages.""")
    @APIResponse(responseCode = "200", description = "A page of revisions")
    @APIResponse(responseCode = "400", description = "Invalid paging (`size` from 1 to 20)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster, or the period was never recorded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClusterActivityView> listClusterActivityRevisions(@PathParam("clusterId") String clusterId,
                                                                  @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ReportingPeriod.PATTERN), description = "2026-03 or 2026-Q1", example = "2026-Q1") @PathParam("period") String period,
                                                                  @BeanParam @Valid ClusterActivityPaging paging) {
        UUID cluster = Params.id(Subjects.CLUSTER, clusterId);
        Page<ClusterActivity> revisions = service.revisions(cluster, period, paging.request());
        boolean office = showsRecordedBy(cluster);
        return revisions.map(a -> ClusterActivityMapper.view(a, office));
    }

    private static java.time.LocalDate optionalDate(String name, String value) {
        return value == null || value.isBlank() ? null : SearchParams.date(name, value, null);
    }

    /** The office, and the host cooperative's own account, see who recorded a period. */
    private boolean showsRecordedBy(UUID clusterId) {
        return caller.readsEverything() || (caller.cooperativeId().isPresent() && caller.isCooperative(service.cluster(clusterId).hostCooperativeId));
    }
}
