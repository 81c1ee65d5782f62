package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.logging.PersonalDataReads;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.config.ChangesFeedConfig;
import id.go.bekasikota.koperasi.registry.domain.ChangeCursor;
import id.go.bekasikota.koperasi.registry.mapping.ChangesMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ChangesPageView;
import id.go.bekasikota.koperasi.registry.service.ChangesFeedService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The changes feed: every change of the register in commit order, for other government systems to mirror it. */
@Path("/api/v1/cooperative-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes feed", description = "Every change of the register in commit order, resumable from a cursor")
public class CooperativeChangesResource {

    private final ChangesFeedService service;
    private final ChangesMapper mapper;
    private final ChangesFeedConfig config;
    private final Caller caller;
    private final PersonalDataReads reads;

    public CooperativeChangesResource(ChangesFeedService service, ChangesMapper mapper, ChangesFeedConfig config, Caller caller,
                                      PersonalDataReads reads) {
        this.reads = reads;
        this.service = service;
        this.mapper = mapper;
        this.config = config;
        this.caller = caller;
    }

    /** What the caller asked: the cursor to read after and the page size. */
    private record FeedRequest(String after, ChangeCursor cursor, int limit) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Read the changes of the register", description = """
            Every change of a cooperative (registration, update, RAT report, standing change, reactivation, dissolution, import)
            in the order the writes COMMITTED, each with the cooperative as it stood after it. Start without `after`; then send
            the page's `next` as `after`. A reader that applies the items in order ends with the register's current state.

            The cursor is opaque and stays valid: every change stays readable for the retention (30 days by default), and
            the latest change of every cooperative for ever, so a reader resuming from an old cursor still converges.

            Polling: when `hasMore` is false the reader is at the end; wait the `Retry-After` seconds and ask again with the
            same `after` and the page's `ETag` in `If-None-Match`: 304 until something new committed.

            Anonymous callers, partners, cooperatives and jurors get the public view; officers, auditors and the `system`
            role (another government system's machine client) the full view, which adds the cooperative's contact data and
            its RAT report figures. Personal data (board members, supervisors) is in neither. The public view is answered
            `Cache-Control: no-cache` (a cache may keep it and must revalidate), the full view `no-store`; polling with
            `If-None-Match` works the same for both.""")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first",
            headers = {@Header(name = "ETag", description = "Send it in If-None-Match to poll", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200)),
                    @Header(name = "Retry-After", description = "Seconds to wait before polling again; only when the page reached the end", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER))},
            content = @Content(schema = @Schema(implementation = ChangesPageView.class), examples = @ExampleObject(name = "page", value = """
                    {"items":[{"cursor":"YzEuMTIuMA","changedAt":"2026-07-01T03:15:42.120Z","cooperative":{"id":"0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11",
                     "version":3,"cooperativeNumber":"3275010010001","name":"Koperasi Lima Garuda","jenis":"SIMPAN_PINJAM","bentuk":"PRIMER",
                     "kelompok":"COMMUNITY","kecamatanCode":"327501","kecamatanName":"Bekasi Timur","foundedOn":"1998-03-12","branches":[],
                     "status":"ACTIVE","grade":"A","underReactivation":false,"createdAt":"2026-01-05T02:00:00Z","updatedAt":"2026-07-01T03:15:42Z"}}],
                     "next":"YzEuMTIuMA","hasMore":false}""")))
    @APIResponse(responseCode = "304", description = "Nothing new since the page whose ETag was sent in If-None-Match; Retry-After says when to ask again",
            headers = {@Header(name = "ETag", description = "The same ETag, to send again", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200)),
                    @Header(name = "Retry-After", description = "Seconds to wait before polling again", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER))})
    @APIResponse(responseCode = "400", description = "`after` is not a cursor of this feed or is past its end (a cursor from another installation, or from before a restore), or `limit` is out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/validation","title":"The request is not valid","status":400,
                     "detail":"1 field is not valid","errors":[{"field":"after","message":"is not a cursor of this feed: send back a next or cursor value as it came"}]}""")))
    public Response listCooperativeChanges(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = ChangeCursor.MAX_LENGTH), description = "The cursor after which to read (a page's `next` or an item's `cursor`); none for the start") @QueryParam("after") String after,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000"), description = "Changes per page, 1-1000 (default 100)", example = "1000") @QueryParam("limit") String limit,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 200), description = "The ETag of the last page read with the same parameters") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        FeedRequest request = request(after, limit);
        ChangesPageView page = mapper.toPage(service.after(request.cursor(), request.limit() + 1), request.cursor(), request.limit(), fullView());
        if (fullView() && !page.items().isEmpty()) {
            reads.read(caller, "contact data of the " + page.items().size() + " cooperatives on the changes-feed page after",
                    request.cursor().encode());
        }
        return answer(page, request, ifNoneMatch);
    }

    private Response answer(ChangesPageView page, FeedRequest request, String ifNoneMatch) {
        String etag = mapper.etag(page, request.cursor().encode(), request.limit(), fullView());
        Response.ResponseBuilder answer = etag.equals(ifNoneMatch) ? Response.notModified() : Response.ok(page);
        // The public view may be kept and revalidated; the full view (contact data, report figures) is never stored.
        answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, fullView() ? "no-store" : "no-cache");
        if (!page.hasMore()) {
            answer.header(HttpHeaders.RETRY_AFTER, config.pollAfterSeconds());
        }
        return answer.build();
    }

    private FeedRequest request(String after, String limit) {
        ChangeCursor cursor = after == null || after.isBlank() ? ChangeCursor.START : ChangeCursor.decode(after.strip())
                .orElseThrow(() -> ProblemException.invalid("after", Text.of("registry.changes.cursor")));
        Long size = Params.wholeNumber("limit", limit);
        if (size != null && (size < 1 || size > config.maxLimit())) {
            throw ProblemException.invalid("limit", Text.of("registry.changes.limit", config.maxLimit()));
        }
        return new FeedRequest(after, cursor, size == null ? config.defaultLimit() : size.intValue());
    }

    /** Officers, auditors and other government systems read the full view: contact data, no board or supervisors. */
    private boolean fullView() {
        return caller.readsEverything() || caller.is(Roles.SYSTEM);
    }
}
