package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.BodyBytes;
import id.go.bekasikota.koperasi.platform.http.LongRequest;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.http.Turns;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.mapping.Utf8Text;
import id.go.bekasikota.koperasi.registry.rest.dto.ImportReportView;
import id.go.bekasikota.koperasi.registry.service.CooperativeImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Bulk import of cooperatives from CSV, with a row-by-row report kept for later reading. */
@Path("/api/v1/cooperative-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export", description = "Bulk import (CSV) and open-data export of the register")
public class CooperativeImportResource {

    public static final String TEXT_CSV = "text/csv";
    /** What a browser on Windows with Office installed labels a {@code .csv} file it uploads. */
    static final String EXCEL_CSV = "application/vnd.ms-excel";

    private final CooperativeImportService service;
    private final Caller caller;

    public CooperativeImportResource(CooperativeImportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes({TEXT_CSV, EXCEL_CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Import cooperatives from CSV", description = """
            UTF-8 CSV (RFC 4180 quoting) with a header row naming the columns, in any order, separated by comma, semicolon
            or tab (found from the header row: Excel writes semicolons in the Indonesian locale): cooperativeNumber*, name*,
            legalEntityNumber, legalEntityDate (YYYY-MM-DD), jenis* (SIMPAN_PINJAM, KONSUMEN, PRODUSEN, PEMASARAN, JASA),
            bentuk* (PRIMER, SEKUNDER), kelompok* (CIVIL_SERVANTS, COMPANY_EMPLOYEES, COMMUNITY, KUD, OTHER), kbliCode,
            kbliEdition (2020, 2025), savingsLoanScope (CLOSED_LOOP, OPEN_LOOP; SIMPAN_PINJAM only), address,
            kecamatanCode* (327501-327512), kelurahan, foundedOn* (YYYY-MM-DD), phone, email (* required columns). A date
            may also be written day first, DD/MM/YYYY (how a spreadsheet in the Indonesian locale saves the export's dates;
            a file with a date written month first, 08/14/2008, is refused whole: its other dates could not be told apart);
            a code may be written as the office's Indonesian name (Simpan pinjam, Pegawai negeri, Karyawan perusahaan,
            Masyarakat, Koperasi Unit Desa, Lainnya; Tertutup, Terbuka), case, spaces and hyphens aside. A file
            that is not UTF-8 is refused (400 naming the line and byte): Excel's "CSV (Comma delimited)" writes
            Windows-1252; save it as "CSV UTF-8 (Comma delimited)". Sent as `text/csv`, or as `application/vnd.ms-excel` or
            `text/plain`, the types a browser on Windows gives a `.csv` file; a workbook (XLSX, XLS) is refused saying so.
            The open-data export (GET /api/v1/cooperative-exports?format=csv) imports as it is: its read-only columns (id,
            kecamatanName, dissolvedOn, status, grade, latestReportYear, members, assets, branches) are accepted and not
            written, and the `'` it puts before a text cell starting with = + - @ (or a tab, carriage return or NUL) is
            taken off; any other leading `'` is part of the text.
            Rows whose cells are all empty (an empty line, the `,,,,` a spreadsheet writes for a formatted empty row) are
            skipped. A row's `row` is the spreadsheet row: the header is row 1, skipped empty rows count, a quoted cell
            spanning lines is one row. Each row is validated by the same rules as the API, its cooperativeNumber first: it
            is the import's key (a row without one is REJECTED; a cooperative without a number is registered and changed
            through the API), read as stored (trimmed of any Unicode space), 6-20 digits (a number a spreadsheet wrote in
            scientific notation, 3.27501E+12, is said to be one). Rows are matched by cooperativeNumber: a new number is
            CREATED (`registered`), a known one UPDATED (`updated` with changedFields) or UNCHANGED (no event); a column
            missing from the header keeps the existing value. Re-importing the same file changes nothing.
            ALL_OR_NOTHING (default) writes nothing when any row is REJECTED (422 with the report);
            VALID_ROWS_ONLY writes the valid rows. At most 50,000 rows.
            The report's counts are exact; its `rows` list the rows written or matched (when the import wrote) and the first
            rejected rows (1,000 by default, configuration koperasi.import.report-rows); every rejected row is counted in
            `errorsByField`, and `rejectedRowsOmitted` says how many were not listed.""")
    @RequestBody(content = {@Content(mediaType = TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "two rows", value = """
                    cooperativeNumber,name,jenis,bentuk,kelompok,kbliCode,kbliEdition,savingsLoanScope,kecamatanCode,foundedOn
                    3275010010001,Koperasi Lima Garuda,SIMPAN_PINJAM,PRIMER,COMMUNITY,64141,2020,CLOSED_LOOP,327501,1998-07-12
                    3275070020002,Koperasi Boneka Bekasi,PRODUSEN,PRIMER,COMMUNITY,32401,2020,,327507,2011-03-01""")),
            @Content(mediaType = EXCEL_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Imported; the report (also at Location)", content = @Content(schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "400", description = "The file is not UTF-8 (`malformed-request` naming the line and byte), is a workbook, or cannot be read, "
            + "or its header (field `header`) names unknown columns, has a column without a name or one named twice, or lacks required ones, "
            + "or it writes a date month first (field `foundedOn` or `legalEntityDate`, naming the row)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 50,000 rows", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "No Content-Type (`errors` names it), or not text/csv, application/vnd.ms-excel or text/plain", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING with rejected rows: nothing was written; `importId` and `report` carry the row report, `reasons` one line per rejected row in it (\"Row 3: foundedOn must be ...\")", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @LongRequest
    @Bulkhead(1)
    @Retry(retryOn = BulkheadException.class, delay = Turns.TURN_POLL_MILLIS, jitter = Turns.TURN_JITTER_MILLIS, maxRetries = -1,
            maxDuration = Turns.BULK_WAIT_MILLIS)
    public Response importCooperatives(@Parameter(description = "ALL_OR_NOTHING (default) or VALID_ROWS_ONLY", schema = @Schema(implementation = CooperativeImport.Mode.class))
                              @QueryParam("mode") String mode,
                              @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                              InputStream body, @Context UriInfo uri) {
        // A mode that is not one is refused before megabytes are read for nothing.
        CooperativeImport.Mode chosen = Params.enumValue("mode", mode, CooperativeImport.Mode.class);
        // Read here, once the bulkhead let the import in: taken as a String, the framework would read every waiting one.
        String csv = Utf8Text.decode(BodyBytes.read(body, contentLength));
        CooperativeImport report = service.importCsv(csv, chosen == null ? CooperativeImport.Mode.ALL_OR_NOTHING : chosen, caller.actor());
        ImportReportView view = view(report);
        if (report.outcome == CooperativeImport.Outcome.REJECTED) {
            throw new ProblemException(ProblemType.RULE_VIOLATION,
                    Text.of("registry.import.rows-invalid", report.rejected, report.totalRows), List.of(),
                    Map.of("importId", report.id.toString(), "report", view, "reasons", reasons(view)));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(report.id.toString()).build()).entity(view).build();
    }

    /**
     * The reasons of a refused import, as every rule violation lists them: one per rejected row ("Row 3: kecamatanCode
     * must be ..."), as many as a problem lists ({@link Problem#MAX_ITEMS}), the last line saying how many more rows
     * were rejected when they do not all fit (the report's {@code errorsByField} counts them all).
     */
    static List<String> reasons(ImportReportView view) {
        List<ImportReportView.Row> rejected = view.rows().stream().filter(row -> row.errors() != null && !row.errors().isEmpty()).toList();
        int listed = view.rejected() <= Problem.MAX_ITEMS ? rejected.size() : Math.min(rejected.size(), Problem.MAX_ITEMS - 1);
        List<String> reasons = new ArrayList<>();
        for (ImportReportView.Row row : rejected.subList(0, listed)) {
            reasons.add("Row " + row.row() + ": " + row.errors().stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")) + ".");
        }
        if (view.rejected() > listed) {
            reasons.add("And " + (view.rejected() - listed) + " more rejected rows (errorsByField counts them all).");
        }
        return reasons;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Read an import's report")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such import", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReportView getImportReport(@PathParam("id") String id) {
        return service.find(Params.id(Subjects.IMPORT, id)).map(CooperativeImportResource::view)
                .orElseThrow(() -> ProblemException.notFound(Subjects.IMPORT, id));
    }

    static ImportReportView view(CooperativeImport i) {
        return new ImportReportView(i.id, i.mode.name(), i.outcome.name(), i.importedBy, i.startedAt, i.finishedAt, i.totalRows,
                i.created, i.updated, i.unchanged, i.rejected, new TreeMap<>(i.errorsByField), i.rejectedRowsOmitted,
                i.rows.stream().map(r -> new ImportReportView.Row(r.row(), r.cooperativeNumber(), r.outcome().name(), r.cooperativeId(),
                        r.changedFields(), r.errors() == null ? null
                        : r.errors().stream().map(e -> new ImportReportView.RowError(e.field(), e.message())).toList())).toList());
    }
}
