package id.go.bekasikota.koperasi.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import id.go.bekasikota.koperasi.platform.http.Formats;
import id.go.bekasikota.koperasi.platform.http.ContentDisposition;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.registry.service.CooperativeExportService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register as open data, streamed. */
@Path("/api/v1/cooperative-exports")
@Tag(name = "Import and export")
public class CooperativeExportResource {

    private final CooperativeExportService service;

    public CooperativeExportResource(CooperativeExportService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the public register", description = """
            Every cooperative, ordered by cooperative number then id, with status and grade as of today, the latest
            report's year, members and assets, and the number of branches. No contact or personal data. CSV columns:
            id, cooperativeNumber, name, legalEntityNumber, legalEntityDate, jenis, bentuk, kelompok, kbliCode, kbliEdition,
            savingsLoanScope, address, kecamatanCode, kecamatanName, kelurahan, foundedOn, dissolvedOn, status, grade,
            latestReportYear, members, assets, branches; the CSV is UTF-8 starting with a byte-order mark (Excel on Windows
            reads a CSV without one as Windows-1252), and a text cell a spreadsheet would run as a formula starts with `'`.
            JSON is an array of objects with the same fields (empty ones left out).""")
    @APIResponse(responseCode = "200", description = "The register, streamed", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = Object.class, description = "One object per cooperative, the CSV columns as fields"))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportCooperatives(@Parameter(description = "csv or json; without it `Accept` chooses (CSV when any type will do)", schema = @Schema(enumeration = {"csv", "json"}))
                           @QueryParam("format") String format, @Context HttpHeaders headers) {
        CooperativeExportService.Format f = Formats.choose(format, CooperativeExportService.Format.class,
                CooperativeExportService.Format.CSV, headers,
                chosen -> chosen == CooperativeExportService.Format.CSV ? Formats.CSV : MediaType.APPLICATION_JSON_TYPE);
        StreamingOutput body = out -> service.write(f, out);
        String type = f == CooperativeExportService.Format.CSV ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON;
        // The date the statuses and grades hold for, so that two downloads a day apart are told apart.
        String file = "koperasi-kota-bekasi-" + service.asOf() + "." + f.name().toLowerCase(java.util.Locale.ROOT);
        return Response.ok(body, type).header("Content-Disposition", ContentDisposition.attachment(file))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
