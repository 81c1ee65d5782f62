package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import jakarta.ws.rs.core.HttpHeaders;
import id.go.bekasikota.koperasi.platform.http.Formats;
import id.go.bekasikota.koperasi.platform.http.ContentDisposition;
import id.go.bekasikota.koperasi.platform.http.LongRequest;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.http.Turns;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsFindingKind;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReconciliation;
import id.go.bekasikota.koperasi.registry.mapping.OdsReconciliationMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.OdsReconciliationView;
import id.go.bekasikota.koperasi.registry.rest.dto.OdsReportItemView;
import id.go.bekasikota.koperasi.registry.service.OdsReconciliationService;
import id.go.bekasikota.koperasi.registry.service.OdsReportExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
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
import java.util.Locale;

/** Reconciliation of the register with the ministry's Online Data System (ODS) export. */
@Path("/api/v1/ods-reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ODS reconciliation", description = "The register compared with the ministry's ODS export, cooperative by cooperative")
public class OdsReconciliationResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OdsReconciliationService service;
    private final OdsReportExport export;
    private final Caller caller;

    public OdsReconciliationResource(OdsReconciliationService service, OdsReportExport export, Caller caller) {
        this.service = service;
        this.export = export;
        this.caller = caller;
    }

    @POST
    @Consumes({"text/csv", "text/tab-separated-values", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Reconcile the register with an ODS export", description = """
            The ODS export as CSV: UTF-8 (a byte-order mark is fine; a file in another encoding is refused, 400 naming the
            line and byte: save it as "CSV UTF-8"), separated by comma, semicolon or tab (found from the header line),
            RFC 4180 quoting. A header row names the columns in any order; case, accents, spacing and
            punctuation do not count, other columns are ignored. Columns: NIK Koperasi* (also Nomor Induk Koperasi, NIK,
            cooperativeNumber), Nama Koperasi* (Nama, name), No Badan Hukum (Nomor Badan Hukum, legalEntityNumber),
            Tanggal Badan Hukum (YYYY-MM-DD or DD/MM/YYYY), Alamat, Kecamatan (name or code 327501-327512), Status (Aktif,
            Tidak Aktif, Bubar), Grade (A, B, C1, C2, D, Baru), Tahun RAT Terakhir (the financial year of the latest RAT);
            * required. Rows are matched by NIK Koperasi, then by legal entity number (unique on both sides), then a name
            match is proposed (names alike regardless of case, accents, spacing and the word "koperasi"; each row paired
            with its closest cooperative when it is also that cooperative's closest). The report lists bad rows (line and
            reasons; they take no part), rows only in the ODS, cooperatives only in the register, proposed matches, and
            each differing field of a matched row (status, grade, last RAT year, legal entity number, kecamatan; the NIK
            Koperasi of a row matched by legal entity number) with both values, the register's status and grade by the
            rules as of today. A compared column's empty cell is a value (none); a column left out is not compared. At most
            200,000 rows; one transaction: the whole report is written or nothing.""")
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "semicolons, Indonesian headers", value = """
                    NIK Koperasi;Nama Koperasi;No Badan Hukum;Tanggal Badan Hukum;Kecamatan;Status;Grade;Tahun RAT Terakhir
                    3275010010001;KOPERASI LIMA GARUDA;518.08/96/BH/XIV.10/VIII/2008;12/08/2008;Bekasi Timur;Aktif;A;2025""")),
            @Content(mediaType = "text/tab-separated-values", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Reconciled; the summary (also at Location), the items at .../items",
            content = @Content(schema = @Schema(implementation = OdsReconciliationView.class)))
    @APIResponse(responseCode = "400", description = "The file is not UTF-8 or cannot be read (`malformed-request` naming the line), "
            + "or its header lacks NIK Koperasi or the name, or names a column twice (field `header`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 200,000 rows, or a body over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "No Content-Type (`errors` names it), or not text/csv, text/tab-separated-values or text/plain", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @LongRequest
    @Bulkhead(1)
    @Retry(retryOn = BulkheadException.class, delay = Turns.TURN_POLL_MILLIS, jitter = Turns.TURN_JITTER_MILLIS, maxRetries = -1,
            maxDuration = Turns.BULK_WAIT_MILLIS)
    public Response reconcileWithOds(@Parameter(description = "The uploaded file's name, kept with the reconciliation: at most 200 characters, "
                                             + "without control or invisible characters or characters that change the reading direction", example = "ods-2026-07.csv")
                                     @QueryParam("fileName") @Size(max = 200) @CodeText String fileName,
                                     InputStream file, @Context UriInfo uri) {
        OdsReconciliation done = service.reconcile(file, fileName, caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(done.id.toString()).build())
                .entity(OdsReconciliationMapper.view(done)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "List reconciliations", description = "Latest first (by start, then id).")
    @APIResponse(responseCode = "200", description = "A page of reconciliations")
    @APIResponse(responseCode = "400", description = "Bad page parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OdsReconciliationView> listOdsReconciliations(@BeanParam @Valid PageRequest paging) {
        return service.list(paging).map(OdsReconciliationMapper::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Read a reconciliation's summary")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = OdsReconciliationView.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reconciliation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OdsReconciliationView getOdsReconciliation(@PathParam("id") String id) {
        return service.find(Params.id(Subjects.RECONCILIATION, id)).map(OdsReconciliationMapper::view)
                .orElseThrow(() -> ProblemException.notFound(Subjects.RECONCILIATION, id));
    }

    @GET
    @Path("/{id}/items")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Read a reconciliation's report", description = "Items in report order: BAD_ROW, ONLY_IN_ODS, ONLY_IN_REGISTER, "
            + "PROPOSED_MATCH, DIFFERENCE; then by line, field and cooperative number.")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "400", description = "Unknown kind or bad page parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reconciliation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OdsReportItemView> listOdsReportItems(@PathParam("id") String id,
                                                      @Parameter(description = "Only items of this kind", schema = @Schema(implementation = OdsFindingKind.class))
                                                      @QueryParam("kind") String kind,
                                                      @BeanParam PageRequest paging) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        OdsFindingKind findingKind = faults.read(() -> Params.enumValue("kind", kind, OdsFindingKind.class));
        faults.refuseAny();
        return service.items(Params.id(Subjects.RECONCILIATION, id), findingKind, paging).map(OdsReconciliationMapper::view);
    }

    @GET
    @Path("/{id}/report")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Download a reconciliation's report", description = """
            Every item, streamed: CSV (UTF-8 with a byte-order mark; columns item, kind, line, cooperativeId,
            cooperativeNumber, name, odsCooperativeNumber, odsName, matchedBy, field, registerValue, odsValue, similarity,
            message, confirmedBy, confirmedAt) or XLSX (a Summary sheet and an Items sheet with the same columns).""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reconciliation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response downloadOdsReport(@PathParam("id") String id,
                                      @Parameter(description = "csv or xlsx; without it `Accept` chooses (CSV when any type will do)", schema = @Schema(enumeration = {"csv", "xlsx"}))
                                      @QueryParam("format") String format, @Context HttpHeaders headers) {
        OdsReportExport.Format f = Formats.choose(format, OdsReportExport.Format.class, OdsReportExport.Format.CSV, headers,
                chosen -> chosen == OdsReportExport.Format.CSV ? Formats.CSV : MediaType.valueOf(XLSX));
        OdsReconciliation reconciliation = service.find(Params.id(Subjects.RECONCILIATION, id))
                .orElseThrow(() -> ProblemException.notFound(Subjects.RECONCILIATION, id));
        StreamingOutput body = out -> export.write(reconciliation, f, out);
        String file = "ods-reconciliation-" + reconciliation.asOf + "." + f.name().toLowerCase(Locale.ROOT);
        return Response.ok(body, f == OdsReportExport.Format.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", ContentDisposition.attachment(file)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @POST
    @Path("/{id}/items/{item}/confirmation")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Confirm a proposed match or the ODS's NIK Koperasi", description = """
            For a PROPOSED_MATCH, or a DIFFERENCE of COOPERATIVE_NUMBER (a row matched by its legal entity number): the
            cooperative takes the ODS's NIK Koperasi, as an update does (`cooperative.updated` with changedFields
            cooperativeNumber), so that the next reconciliation matches the row by its number. Who and when are kept
            on the item. Refused (409 `conflict`) when the cooperative's number is no longer the one the report compared
            (corrected since the reconciliation): reconcile again rather than overwrite that correction unseen.""")
    @APIResponse(responseCode = "200", description = "The item, confirmed", content = @Content(schema = @Schema(implementation = OdsReportItemView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such reconciliation or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The item cannot be confirmed (its kind, confirmed already, or the cooperative's number changed since the reconciliation: `conflict`), or another cooperative holds the number (`duplicate` with existingId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OdsReportItemView confirmOdsReportItem(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), description = "The item's number in the report", example = "12") @PathParam("item") String item) {
        return OdsReconciliationMapper.view(service.confirm(Params.id(Subjects.RECONCILIATION, id), itemNumber(item), caller.actor()));
    }

    private static int itemNumber(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(Subjects.RECONCILIATION_ITEM, value);
        }
    }
}
