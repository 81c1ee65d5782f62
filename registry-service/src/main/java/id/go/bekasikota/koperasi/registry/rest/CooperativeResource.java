package id.go.bekasikota.koperasi.registry.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.logging.PersonalDataReads;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.mapping.ActivationMapper;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportView;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeHistoryView;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeView;
import id.go.bekasikota.koperasi.registry.rest.dto.DissolutionCandidateView;
import id.go.bekasikota.koperasi.registry.rest.dto.DissolutionRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingView;
import id.go.bekasikota.koperasi.registry.service.ActivationService;
import id.go.bekasikota.koperasi.registry.service.CooperativeService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** The register of cooperatives: the public view for everyone, the full record for the office and the cooperative itself. */
@Path("/api/v1/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperatives", description = "The register of cooperatives of Kota Bekasi")
public class CooperativeResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final CooperativeService service;
    private final ActivationService activation;
    private final CooperativeMapper mapper;
    private final ActivationMapper activationMapper;
    private final Caller caller;
    private final Today today;
    private final PersonalDataReads reads;

    public CooperativeResource(CooperativeService service, ActivationService activation, CooperativeMapper mapper,
                               ActivationMapper activationMapper, Caller caller, Today today, PersonalDataReads reads) {
        this.reads = reads;
        this.service = service;
        this.activation = activation;
        this.mapper = mapper;
        this.activationMapper = activationMapper;
        this.caller = caller;
        this.today = today;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Register a cooperative", description = """
            Enters a cooperative in the register and publishes `registered`. Board, supervisors and branches are optional.
            Text is stored in Unicode NFC, trimmed. Names (of the cooperative, board members, supervisors, branches, the
            kelurahan) and the legal entity number and e-mail must not contain characters that change the reading direction
            (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) or invisible and control characters (U+200B-U+200D, U+2060,
            U+FEFF, tabs, line breaks); a name needs a visible letter. The same holds for PUT and PATCH.""")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name it", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in `errors` (also text refused as above)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/validation","title":"The request is not valid","status":400,
                     "detail":"1 field is not valid","instance":"/api/v1/cooperatives","errors":[{"field":"kecamatanCode","message":"must be one of the 12 Kemendagri codes 327501-327512"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cooperative number is registered already (`existingId` names the cooperative)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "duplicate", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/duplicate","title":"It exists already","status":409,
                     "detail":"Cooperative number 3275010010001 is registered already to Koperasi Lima Garuda","existingId":"0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11"}""")))
    @AnswersWithETag
    public Response registerCooperative(@Valid @NotNull CooperativeRequest request, @Context UriInfo uri) {
        CooperativeWithStanding registered = service.register(mapper.toData(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.cooperative().id.toString()).build())
                .header(HttpHeaders.ETAG, etag(registered)).entity(view(registered)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search the register", description = """
            All criteria are optional and combine with AND. `name` matches part of the name, ignoring case, accents and spacing (a run of spaces, no-break ones too, is one space).
            `status` and `grade` are as of today. `assetsMin`/`assetsMax` read the latest RAT report. Sorted by `sort`
            (name, foundedOn, assets) in `direction` (asc, desc), ties broken by id. Anonymous callers get the public view.
            A page never carries a cooperative's board and supervisors (personal data), whoever asks: read one
            cooperative (GET /api/v1/cooperatives/{id}) for them.""")
    @APIResponse(responseCode = "200", description = "A page of cooperatives")
    @APIResponse(responseCode = "400", description = "Invalid parameters, named in `errors`", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CooperativeView> searchCooperatives(
            @BeanParam PageRequest paging,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 200), description = "Part of the name, case-, accent- and spacing-insensitive", example = "garuda") @QueryParam("name") String name,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "\\d{1,20}"), description = "Nomor Induk Koperasi, exact", example = "3275010010001") @QueryParam("cooperativeNumber") String cooperativeNumber,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "3275(0[1-9]|1[0-2])"), description = "Kemendagri code of the kecamatan", example = "327501") @QueryParam("kecamatanCode") String kecamatanCode,
            @Parameter(description = "SIMPAN_PINJAM, KONSUMEN, PRODUSEN, PEMASARAN or JASA", schema = @Schema(implementation = Jenis.class)) @QueryParam("jenis") String jenis,
            @Parameter(description = "Functional group", schema = @Schema(implementation = Kelompok.class)) @QueryParam("kelompok") String kelompok,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "\\d{5}"), description = "5-digit KBLI code", example = "64141") @QueryParam("kbliCode") String kbliCode,
            @Parameter(description = "Status as of today", schema = @Schema(implementation = ActivityStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "RAT grade as of today. Dissolved cooperatives keep the grade of their RAT history, so `grade=D` also finds those dissolved; the dashboard's `grades` count registered (not dissolved) cooperatives only: `grade=D&status=INACTIVE` finds the dashboard's D (a D is never ACTIVE)", schema = @Schema(implementation = RatGrade.class)) @QueryParam("grade") String grade,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"), description = "Least assets in the latest report, rupiah", example = "1000000000") @QueryParam("assetsMin") String assetsMin,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"), description = "Most assets in the latest report, rupiah", example = "500000000000") @QueryParam("assetsMax") String assetsMax,
            @Parameter(description = "name (default), foundedOn or assets", schema = @Schema(enumeration = {"name", "foundedOn", "assets"})) @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc", schema = @Schema(enumeration = {"asc", "desc"})) @QueryParam("direction") String direction) {
        CooperativeSearchQuery query = SearchParams.query(paging, name, cooperativeNumber, kecamatanCode, jenis, kelompok, kbliCode,
                status, grade, assetsMin, assetsMax, sort, direction);
        Page<CooperativeView> page = service.search(query, paging).map(found -> mapper.toListView(found, detail(found)));
        long withContactData = page.items().stream().filter(c -> c.phone() != null || c.email() != null).count();
        if (withContactData > 0) {
            reads.read(caller, "contact data of the " + withContactData + " cooperatives on search page", paging.page());
        }
        return page;
    }

    @GET
    @Path("/dissolution-candidates")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Dissolution candidates", description = "Cooperatives that are not new, not dissolved and graded D (no members' meeting in the three-year window) as of `asOf` (default today), by name.")
    @APIResponse(responseCode = "200", description = "A page of candidates")
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DissolutionCandidateView> listDissolutionCandidates(
            @BeanParam PageRequest paging,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date (YYYY-MM-DD); default today", example = "2026-07-01") @QueryParam("asOf") String asOf) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        LocalDate date = faults.read(() -> SearchParams.asOf(asOf, today.date()));
        faults.refuseAny();
        return activation.dissolutionCandidates(date, paging).map(activationMapper::toView);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a cooperative", description = "Anonymous callers, partners, jurors and other cooperatives get the public view; another government system (`system`) the register without personal data (contact data, no board or supervisors), as the changes feed gives it; officers, auditors and the cooperative itself everything. The ETag names the version and this representation (its status and grade as of today); send it in If-Match to change the cooperative (a partial view's tag, `\"3-public.…\"` or `\"3-register.…\"`, is not one to write on).")
    @APIResponse(responseCode = "200", description = "The cooperative", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getCooperative(@PathParam("id") String id) {
        CooperativeWithStanding found = service.find(Params.id(Subjects.COOPERATIVE, id))
                .orElseThrow(() -> ProblemException.notFound(Subjects.COOPERATIVE, id));
        switch (detail(found)) {
            case FULL -> reads.read(caller, "cooperative (full view: board, supervisors, contact data)", found.cooperative().id);
            case REGISTER -> reads.read(caller, "cooperative (register view: contact data)", found.cooperative().id);
            default -> {
            }
        }
        return Response.ok(view(found)).header(HttpHeaders.ETAG, etag(found)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Replace a cooperative's registered data", description = "Full update: the body replaces every field; of the lists (board, supervisors, branches) those given replace, "
            + "those left out stay as they are (the board and supervisors are personal data that no list row carries: a form "
            + "filled from a search result must not erase them), and `[]` removes every one. Needs If-Match. Publishes `updated` with `changedFields` when anything changed, and `status-changed`/`grade-changed` when the standing moved.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cooperative number belongs to another cooperative (`existingId`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response replaceCooperative(@PathParam("id") String id,
                            @Parameter(description = "The ETag read last", example = "\"3.kq2W-0xA\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CooperativeRequest request) {
        CooperativeWithStanding updated = service.replace(Params.id(Subjects.COOPERATIVE, id), ifMatch, mapper.toReplacement(request), caller.actor());
        return Response.ok(view(updated)).header(HttpHeaders.ETAG, etag(updated)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Change some of a cooperative's registered data", description = "Partial update with a JSON merge patch (RFC 7396, `application/merge-patch+json`): the fields given replace, `null` removes, lists replace whole. Needs If-Match. Publishes `updated` with `changedFields`.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "move", value = "{\"address\": \"Jl. Cut Mutia No. 5\", \"kelurahan\": \"Margahayu\", \"email\": null}")))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, unknown or read-only fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cooperative number belongs to another cooperative (`existingId`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/merge-patch+json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response patchCooperative(@PathParam("id") String id,
                          @Parameter(description = "The ETag read last", example = "\"3.kq2W-0xA\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          String mergePatch) throws JsonProcessingException {
        CooperativeWithStanding updated = service.patch(Params.id(Subjects.COOPERATIVE, id), ifMatch, mergePatch, caller.actor());
        return Response.ok(view(updated)).header(HttpHeaders.ETAG, etag(updated)).build();
    }

    @POST
    @Path("/{id}/dissolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Dissolve a cooperative", description = "Records the dissolution (pembubaran) with its date and legal basis; publishes `dissolved` and `status-changed`. An open reactivation case closes with outcome DISSOLVED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Dissolved", content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. a date before the founding or in the future)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Dissolved already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response dissolveCooperative(@PathParam("id") String id,
                             @Parameter(description = "The ETag read last", example = "\"3.kq2W-0xA\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull DissolutionRequest request) {
        CooperativeWithStanding dissolved = service.dissolve(Params.id(Subjects.COOPERATIVE, id), ifMatch, mapper.toDissolution(request), caller.actor());
        return Response.ok(view(dissolved)).header(HttpHeaders.ETAG, etag(dissolved)).build();
    }

    @POST
    @Path("/{id}/annual-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "File a RAT report", description = """
            Files the report of an annual members' meeting for a financial year that has none, by an officer or the
            cooperative's own account. A year filed already is refused (409 `duplicate`, `existingId` naming its current
            report): correct it with PUT on the year, with the ETag read, so that a correction made from a revision someone
            else has replaced meanwhile is refused rather than silently overwriting it. Publishes `annual-report-filed`, and
            `status-changed`/`grade-changed` when the standing as of today moved (a dormant cooperative's open
            reactivation case closes when it becomes ACTIVE).""")
    @APIResponse(responseCode = "201", description = "Filed (revision 1; ETag \"1.<digest>\")", content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (future or open years, negative figures, a meeting before the year closed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's record, or an auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is filed already (`duplicate`, `existingId` the id of its current report): correct it with PUT; or the cooperative is dissolved (`illegal-transition`, `currentState` DISSOLVED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response fileAnnualReport(@PathParam("id") String id, @Valid @NotNull AnnualReportRequest request, @Context UriInfo uri) {
        UUID cooperativeId = ownReports(id);
        AnnualReport report = service.fileReport(cooperativeId, mapper.toFiling(request), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.financialYear)).build())
                .header(HttpHeaders.ETAG, EntityTags.of(report.revision)).entity(mapper.toView(report, cooperativeId)).build();
    }

    @PUT
    @Path("/{id}/annual-reports/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COOPERATIVE})
    @Operation(summary = "Correct a RAT report", description = """
            The body replaces the year's figures as its next revision; the earlier revisions stay readable (`?revision=`).
            Needs If-Match with the ETag of the year's current revision (GET of the year, or the answer that filed or
            corrected it last); the body's `financialYear` is the path's. By an officer or the cooperative's own account. A
            year's report has at most 20 revisions (the filing and 19 corrections).
            Publishes `annual-report-filed` with the new revision, and `status-changed`/`grade-changed` when the standing as
            of today moved.""")
    @APIResponse(responseCode = "200", description = "Corrected (the ETag names the new revision)", content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, as when filing; or `financialYear` is not the path's year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's record, or an auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative, or the year was never filed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cooperative is dissolved (`illegal-transition`, `currentState` DISSOLVED): its reports stand as they are", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the year's current revision: someone corrected it since it was read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The year's report has 20 revisions already (the filing and 19 corrections), the most it has: its current revision stands (`rule-violation`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response correctAnnualReport(@PathParam("id") String id,
                                        @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "9999"), description = "Financial year, 1900-9999", example = "2025") @PathParam("year") String year,
                                        @Parameter(description = "The ETag of the year's report read last", example = "\"1.kq2W-0xA\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull AnnualReportRequest request) {
        UUID cooperativeId = ownReports(id);
        AnnualReport report = service.correctReport(cooperativeId, financialYear(year), ifMatch, mapper.toFiling(request), caller.actor());
        return Response.ok(mapper.toView(report, cooperativeId)).header(HttpHeaders.ETAG, EntityTags.of(report.revision)).build();
    }

    /** The cooperative of the path, if the caller may file its reports: an officer or its own account. */
    private UUID ownReports(String id) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        if (!caller.isOfficer() && !caller.isCooperative(cooperativeId)) {
            throw ProblemException.forbidden(Text.of("registry.forbidden.own-reports"));
        }
        return cooperativeId;
    }

    private static int financialYear(String year) {
        Long financialYear = Params.wholeNumber("year", year);
        if (financialYear == null || financialYear < 1900 || financialYear > 9999) {
            throw ProblemException.invalid("year", Text.of("registry.param.year"));
        }
        return financialYear.intValue();
    }

    @GET
    @Path("/{id}/annual-reports")
    @PermitAll
    @Operation(summary = "List RAT reports", description = "Every revision of every year, oldest first (by financial year, then revision), a page at a time (`page`, `size` up to 100).")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AnnualReportView> listAnnualReports(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        return service.reports(cooperativeId, paging).map(r -> reportView(r, cooperativeId));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "A cooperative's history", description = "Who registered the cooperative, changed its registered data (a full or partial update, an import's row) and recorded its dissolution: when, in which role, at which version, and, for a change, the names of the fields it touched (never their values: the board's and supervisors' identity numbers and phones are not copied into a record kept for good). Oldest first, a page at a time (`page`, `size` up to 100). RAT reports keep their own trail (each revision names who filed it), as do reactivation cases. A cooperative registered before the history was kept starts with a registration without an actor; a dissolution recorded before it has its line with whoever recorded it, without a version. The office and auditors for any cooperative; a cooperative for itself.")
    @APIResponse(responseCode = "200", description = "A page of the history, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid paging, or an id that is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative's history", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CooperativeHistoryView> listCooperativeHistory(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        if (!caller.readsEverything() && !caller.isCooperative(cooperativeId)) {
            throw ProblemException.forbidden(Text.of("registry.forbidden.own-history"));
        }
        return service.history(cooperativeId, paging).map(mapper::toView);
    }

    @GET
    @Path("/{id}/annual-reports/{year}")
    @PermitAll
    @Operation(summary = "Read one year's RAT report", description = "The current revision of the year's report, with its ETag (the If-Match of a correction); `?revision=` reads an earlier one (without an ETag: only the current revision is corrected).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "400", description = "year is not a whole number from 1900 to 9999, or revision is not a whole number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative, or no report for the year (or revision)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getAnnualReport(@PathParam("id") String id,
                                   @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "9999"), description = "Financial year, 1900-9999", example = "2025") @PathParam("year") String year,
                                   @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"), description = "A revision number; default the current one", example = "1") @QueryParam("revision") String revision) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        int financialYear = financialYear(year);
        Long wanted = Params.wholeNumber("revision", revision);
        AnnualReport found = service.reportRevisions(cooperativeId, financialYear).stream()
                .filter(r -> wanted == null ? r.current : r.revision == wanted)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(Subjects.RAT_REPORT,
                        wanted == null ? financialYear : Text.of("registry.not-found.revision", financialYear, wanted)));
        Response.ResponseBuilder answer = Response.ok(reportView(found, cooperativeId));
        // The public view (without filedBy) is another representation: its own tag, never an If-Match.
        String tag = fullReport(cooperativeId) ? EntityTags.of(found.revision) : EntityTags.ofView(found.revision, "public");
        return (found.current ? answer.header(HttpHeaders.ETAG, tag) : answer).build();
    }

    @GET
    @Path("/{id}/standing")
    @PermitAll
    @Operation(summary = "Status and grade as of a date", description = """
            Activity status (ACTIVE, INACTIVE, DISSOLVED) and the ministry's RAT grade with the reasons. `asOf` defaults to
            today. A date before the founding date is refused (400 naming `asOf`): the cooperative was not in the register
            then, and the activation dashboard of that date does not count it. A past date is answered as the register
            knows it now: a report counts from its meeting date whenever it was filed, a dissolution from its date whenever
            it was recorded.""")
    @APIResponse(responseCode = "200", description = "The standing", content = @Content(schema = @Schema(implementation = StandingView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date, or is before the founding date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "before the founding", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/validation","title":"The request is not valid","status":400,
                     "detail":"1 field is not valid","instance":"/api/v1/cooperatives/0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11/standing",
                     "errors":[{"field":"asOf","message":"is before the cooperative was founded (2011-03-01): it was not in the register and had no standing"}]}""")))
    @APIResponse(responseCode = "404", description = "No such cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandingView getStanding(@PathParam("id") String id,
                                 @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date (YYYY-MM-DD); default today", example = "2026-07-01") @QueryParam("asOf") String asOf) {
        UUID cooperativeId = Params.id(Subjects.COOPERATIVE, id);
        LocalDate date = SearchParams.asOf(asOf, today.date());
        return mapper.toView(cooperativeId, service.standing(cooperativeId, date), service.underReactivation(cooperativeId, date),
                date.equals(today.date()) ? service.nextStep(cooperativeId) : java.util.Optional.empty());
    }

    /** Whether the caller reads a report whole: who filed it (an account name) is for the office and the cooperative itself. */
    private boolean fullReport(UUID cooperativeId) {
        return caller.readsEverything() || caller.isCooperative(cooperativeId);
    }

    private AnnualReportView reportView(AnnualReport report, UUID cooperativeId) {
        AnnualReportView view = mapper.toView(report, cooperativeId);
        if (fullReport(cooperativeId)) {
            return view;
        }
        return new AnnualReportView(view.id(), view.cooperativeId(), view.financialYear(), view.revision(), view.current(),
                view.meetingDate(), view.membersMale(), view.membersFemale(), view.employees(), view.ownCapital(),
                view.externalCapital(), view.assets(), view.turnover(), view.surplus(), view.filedAt(), null);
    }

    private CooperativeView view(CooperativeWithStanding found) {
        return mapper.toView(found, detail(found));
    }

    /** Officers, auditors and the cooperative itself read it all; another government system the register without personal data. */
    private CooperativeMapper.Detail detail(CooperativeWithStanding found) {
        if (caller.readsEverything() || caller.isCooperative(found.cooperative().id)) {
            return CooperativeMapper.Detail.FULL;
        }
        return caller.is(Roles.SYSTEM) ? CooperativeMapper.Detail.REGISTER : CooperativeMapper.Detail.PUBLIC;
    }

    /**
     * The version of the view this caller reads: each partial view (the public one, the register without personal data)
     * has a tag of its own, so that a client that read one and reads again with another token gets its own view, not a
     * 304 for the copy it holds; only the full view's tag is an If-Match.
     */
    private String etag(CooperativeWithStanding found) {
        return switch (detail(found)) {
            case FULL -> EntityTags.of(found.cooperative().version);
            case REGISTER -> EntityTags.ofView(found.cooperative().version, "register");
            case PUBLIC -> EntityTags.ofView(found.cooperative().version, "public");
        };
    }
}
