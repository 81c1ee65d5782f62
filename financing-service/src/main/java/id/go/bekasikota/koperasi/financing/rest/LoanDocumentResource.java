package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.domain.DocumentLimit;
import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.financing.domain.DocumentFormat;
import id.go.bekasikota.koperasi.financing.domain.LoanDocument;
import id.go.bekasikota.koperasi.financing.mapping.LoanApplicationMapper;
import id.go.bekasikota.koperasi.financing.rest.dto.DocumentView;
import id.go.bekasikota.koperasi.financing.service.LoanDocumentService;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.logging.PersonalDataReads;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.ContentDisposition;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.openapi.StandardResponsesFilter;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** The proposal documents of a loan application: PDF, JPEG or PNG, recognised from their bytes. */
@Path("/api/v1/loan-applications/{id}/documents")
@Tag(name = "Loan documents", description = "Proposal documents attached to a loan application")
public class LoanDocumentResource {

    private final LoanDocumentService documents;
    private final LoanApplicationMapper mapper;
    private final Caller caller;
    private final PersonalDataReads reads;

    /** {@code koperasi.financing.documents.max-size} by default, 5 MiB, as the documents state it. */
    static final int DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

    /** The 422 of an upload: the two limits of an application's documents. */
    private static final String DOCUMENT_LIMITS = "`rule-violation`: the application has 50 documents already, or its documents "
            + "with this one would take more than the quota of `koperasi.financing.documents.max-total-size` (50 MiB, 52,428,800 "
            + "bytes, by default; the `detail` and `reasons` name the quota and the bytes stored already): remove one first. "
            + "Refused before the body is read when the count, or the length the `Content-Length` announces, says so";

    public LoanDocumentResource(LoanDocumentService documents, LoanApplicationMapper mapper, Caller caller, PersonalDataReads reads) {
        this.reads = reads;
        this.documents = documents;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COOPERATIVE, Roles.OFFICER})
    @Operation(summary = "Attach a document", description = "The body is the document's bytes. The format is recognised from the "
            + "content (PDF, JPEG or PNG); a Content-Type that says otherwise is refused (415). At most 5 MiB (5,242,880 bytes) by default "
            + "(`koperasi.financing.documents.max-size`). Only while the application is DRAFT or RETURNED. SHA-256 is recorded. "
            + "An application carries at most 50 documents, and at most 50 MiB (52,428,800 bytes) of them in all by default "
            + "(`koperasi.financing.documents.max-total-size`): a document beyond either is refused (422) until one is removed. "
            + "The application, the caller's right to attach to it, the type and file name and both limits are checked before "
            + "the body is read (404, 403, 409, 400, 422), with the `Content-Length` if the body announces one.")
    @RequestBody(description = "The document's bytes: at most 5 MiB (5,242,880 bytes) by default", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = DEFAULT_MAX_SIZE)),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = DEFAULT_MAX_SIZE)),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = DEFAULT_MAX_SIZE)),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = DEFAULT_MAX_SIZE))})
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid type, filename or an empty body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = DOCUMENT_LIMITS, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "quota", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/rule-violation","title":"A business rule is not met","status":422,
                     "detail":"The documents of an application may take 52428800 bytes in all, and 52428700 bytes are stored already: remove one before attaching another",
                     "reasons":["The application's documents take 52428700 bytes; this one of 5242880 bytes would bring them to 57671580, beyond the 52428800 bytes allowed per application: remove one before attaching another."]}"""),
            @ExampleObject(name = "fifty documents", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/rule-violation","title":"A business rule is not met","status":422,
                     "detail":"The application has its 50 documents already: remove one before attaching another",
                     "reasons":["The application has 50 documents; at most 50 are accepted: remove one before attaching another."]}""")}))
    @APIResponse(responseCode = "413", description = "Larger than the limit (`koperasi.financing.documents.max-size`, 5 MiB by default): "
            + "refused before it is read when its Content-Length says so", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG, or not what the Content-Type says", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Bulkhead(4)
    public Response attachLoanDocument(@PathParam("id") String id,
                                       @Parameter(description = "Document type code, as the program's required documents name it", example = "PROPOSAL", required = true,
                                               schema = @Schema(type = SchemaType.STRING, pattern = "[A-Z][A-Z0-9_]{1,49}"))
                                       @QueryParam("type") String type,
                                       @Parameter(description = "Original file name, 1 to 200 characters without / \\, control or invisible characters, or characters that change the reading direction (U+202E...); given back in the download's `Content-Disposition`", example = "proposal-2026.pdf",
                                               schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("filename") String filename,
                                       @Parameter(description = "The file name as a file upload names it (RFC 6266, RFC 8187): `attachment; filename=\"proposal-2026.pdf\"`, or `filename*=UTF-8''` with the name percent-encoded for a name beyond ASCII (`filename*` is read before `filename`). It keeps the name, often a person's (`KTP Budi Santoso.pdf`), out of the URL, which proxies and access logs keep. The same rules as the `filename` parameter; with both, they must name the same file (400 otherwise); a header that cannot be read is a 400 naming `Content-Disposition`", example = "attachment; filename=\"proposal-2026.pdf\"",
                                               schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) @HeaderParam("Content-Disposition") String disposition,
                                       @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                       @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                                       InputStream body, @Context UriInfo uri) {
        UUID applicationId = Params.id(Subjects.APPLICATION, id);
        String name = uploadedName(filename, disposition);
        // Refused before the body is read where possible: a caller who may not attach here holds no memory for its bytes.
        documents.admit(applicationId, type, name, contentLength, caller.actor());
        byte[] content = documents.read(body, contentLength);
        LoanDocument document = documents.attach(applicationId,
                new LoanDocumentService.Upload(type, name, contentType, content), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(document.id.toString()).path("content").build())
                .type(MediaType.APPLICATION_JSON).entity(mapper.toView(document, caller.actor())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @Operation(summary = "List the documents", description = "Metadata only, in the order uploaded: at most 50, as many as an application may carry.")
    @APIResponse(responseCode = "200", description = "The documents (at most 50)", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = DocumentView.class, maxItems = DocumentLimit.MAX_PER_APPLICATION)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DocumentView> listLoanDocuments(@PathParam("id") String id) {
        Actor actor = caller.actor();
        return documents.list(Params.id(Subjects.APPLICATION, id), actor).stream().map(d -> mapper.toView(d, actor)).toList();
    }

    @GET
    @Path("/{documentId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE, Roles.PARTNER})
    @AnswersWithETag
    @Operation(summary = "Download a document", description = """
            Only for those who may see the application. The answer's type is the document's, as uploaded (PDF, JPEG or
            PNG): an `Accept` that does not take it (`image/*` for a PDF, `application/json`) is a 406 naming it. The
            ETag is the SHA-256 of the bytes: sent back in `If-None-Match`, an unchanged document is a 304 without them.""")
    @APIResponse(responseCode = "200", description = "The bytes, in the document's own type", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = StandardResponsesFilter.MAX_BODY_BYTES, description = "As uploaded: at most the body limit")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = StandardResponsesFilter.MAX_BODY_BYTES, description = "As uploaded: at most the body limit")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = StandardResponsesFilter.MAX_BODY_BYTES, description = "As uploaded: at most the body limit"))})
    @APIResponse(responseCode = "404", description = "No such application or document (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Bulkhead(4)
    public Response downloadLoanDocument(@PathParam("id") String id, @PathParam("documentId") String documentId,
                                         @Context HttpHeaders headers) {
        LoanDocumentService.Download download = documents.download(Params.id(Subjects.APPLICATION, id),
                Params.id(Subjects.DOCUMENT, documentId), caller.actor());
        LoanDocument d = download.document();
        // The operation also "produces" JSON, for its problems: the framework lets an Accept of JSON through to here.
        MediaType type = MediaType.valueOf(d.mediaType);
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        if (!acceptable.isEmpty() && acceptable.stream().noneMatch(wanted -> wanted.isCompatible(type))) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE, Text.of("financing.document.not-acceptable", d.mediaType));
        }
        reads.read(caller, "loan document " + d.documentType + " of application " + d.applicationId, d.id);
        String name = DocumentFormat.downloadName(d.filename, d.documentType, d.mediaType);
        return Response.ok(download.content(), d.mediaType)
                .header(HttpHeaders.ETAG, "\"" + d.sha256 + "\"")
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({Roles.COOPERATIVE, Roles.OFFICER})
    @Operation(summary = "Remove a document", description = "Only while the application is DRAFT or RETURNED.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such application or document (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeLoanDocument(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        documents.remove(Params.id(Subjects.APPLICATION, id), Params.id(Subjects.DOCUMENT, documentId), caller.actor());
        return Response.noContent().build();
    }

    /** The file's name: from the query, or from the {@code Content-Disposition} (the same name where both give one). */
    private static String uploadedName(String query, String disposition) {
        String header;
        try {
            header = ContentDisposition.filename(disposition).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            throw ProblemException.invalid("Content-Disposition", Text.of("financing.field.content-disposition"));
        }
        if (query != null && header != null && !query.equals(header)) {
            throw ProblemException.invalid("filename", Text.of("financing.field.filename-twice"));
        }
        return query != null ? query : header;
    }
}
