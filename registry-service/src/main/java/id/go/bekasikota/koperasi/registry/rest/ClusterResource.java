package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.logging.PersonalDataReads;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.ClusterMember;
import id.go.bekasikota.koperasi.registry.domain.ClusterWithFacts;
import id.go.bekasikota.koperasi.registry.domain.ProductCategory;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.mapping.ClusterMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterHistoryView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterMemberRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterMemberView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterView;
import id.go.bekasikota.koperasi.registry.service.ClusterService;
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

import java.util.UUID;

/** UKM clusters (sentra) and their member businesses: the office writes, everyone reads. */
@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters", description = "Clusters of small businesses (UKM) that buy, produce and sell together")
public class ClusterResource {

    private final ClusterService service;
    private final ClusterMapper mapper;
    private final Caller caller;
    private final PersonalDataReads reads;

    public ClusterResource(ClusterService service, ClusterMapper mapper, Caller caller, PersonalDataReads reads) {
        this.reads = reads;
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create a cluster", description = "E.g. \"Boneka\" (dolls) or \"Mamin\" (food and beverage), optionally hosted by a cooperative.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. an unknown hostCooperativeId)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A cluster of that name exists in the kecamatan (`existingId`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response createCluster(@Valid @NotNull ClusterRequest request, @Context UriInfo uri) {
        ClusterWithFacts created = service.create(mapper.toData(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.cluster().id.toString()).build())
                .header(HttpHeaders.ETAG, EntityTags.of(created.cluster().version)).entity(view(created)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List clusters", description = "By name, then id; optionally of one kecamatan, product category or host cooperative.")
    @APIResponse(responseCode = "200", description = "A page of clusters")
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClusterView> listClusters(@BeanParam PageRequest paging,
                                  @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "3275(0[1-9]|1[0-2])"), description = "Kemendagri code", example = "327507") @QueryParam("kecamatanCode") String kecamatanCode,
                                  @Parameter(schema = @Schema(implementation = ProductCategory.class)) @QueryParam("productCategory") String productCategory,
                                  @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "Host cooperative id") @QueryParam("hostCooperativeId") String hostCooperativeId) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        String kecamatan = faults.read(() -> SearchParams.kecamatanCode("kecamatanCode", kecamatanCode));
        ProductCategory category = faults.read(() -> Params.enumValue("productCategory", productCategory, ProductCategory.class));
        UUID host = faults.read(() -> Params.uuid("hostCooperativeId", hostCooperativeId));
        faults.refuseAny();
        return service.list(paging, kecamatan, category, host).map(this::view);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a cluster")
    @APIResponse(responseCode = "200", description = "The cluster", content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getCluster(@PathParam("id") String id) {
        ClusterWithFacts found = service.find(Params.id(Subjects.CLUSTER, id)).orElseThrow(() -> ProblemException.notFound(Subjects.CLUSTER, id));
        return Response.ok(view(found)).header(HttpHeaders.ETAG, EntityTags.of(found.cluster().version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Replace a cluster's data", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A cluster of that name exists in the kecamatan", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response replaceCluster(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ClusterRequest request) {
        ClusterWithFacts updated = service.replace(Params.id(Subjects.CLUSTER, id), ifMatch, mapper.toData(request), caller.actor());
        return Response.ok(view(updated)).header(HttpHeaders.ETAG, EntityTags.of(updated.cluster().version)).build();
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Add a member business")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ClusterMemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The business is a member already (`existingId`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addClusterMember(@PathParam("id") String id, @Valid @NotNull ClusterMemberRequest request, @Context UriInfo uri) {
        ClusterMember member = service.addMember(Params.id(Subjects.CLUSTER, id), mapper.toData(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(member.id.toString()).build()).entity(view(member)).build();
    }

    @GET
    @Path("/{id}/members")
    @PermitAll
    @Operation(summary = "List member businesses", description = "By business name, then id. Owner names for officers and auditors only.")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClusterMemberView> listClusterMembers(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        UUID cluster = Params.id(Subjects.CLUSTER, id);
        Page<ClusterMemberView> members = service.members(cluster, paging).map(this::view);
        if (caller.readsEverything() && !members.items().isEmpty()) {
            reads.read(caller, "owner names of the members of cluster", cluster);
        }
        return members;
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "A cluster's history", description = "Who created the cluster and changed it, and who added and removed its member businesses, in which role and when; a member's line names the business, never its owner (a removal deletes the member, owner name included, and its line is what stays). Oldest first, a page at a time (`page`, `size` up to 100). What was there before the history was kept has lines without an actor. The activity records keep their own revisions.")
    @APIResponse(responseCode = "200", description = "A page of the history, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging, or an id that is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer or an auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClusterHistoryView> listClusterHistory(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return service.history(Params.id(Subjects.CLUSTER, id), paging).map(mapper::toView);
    }

    @GET
    @Path("/{id}/members/{memberId}")
    @PermitAll
    @Operation(summary = "Read a member business", description = "The member an addition's `Location` names. Owner names for officers and auditors only.")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = ClusterMemberView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster, or no such member of it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClusterMemberView getClusterMember(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        ClusterMemberView member = view(service.member(Params.id(Subjects.CLUSTER, id), Params.id(Subjects.CLUSTER_MEMBER, memberId)));
        if (caller.readsEverything()) {
            reads.read(caller, "owner name of cluster member", member.id());
        }
        return member;
    }

    @DELETE
    @Path("/{id}/members/{memberId}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Remove a member business")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cluster or member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeClusterMember(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        service.removeMember(Params.id(Subjects.CLUSTER, id), Params.id(Subjects.CLUSTER_MEMBER, memberId), caller.actor());
        return Response.noContent().build();
    }

    private ClusterView view(ClusterWithFacts found) {
        return mapper.toView(found);
    }

    private ClusterMemberView view(ClusterMember m) {
        return mapper.toView(m, caller.readsEverything());
    }
}
