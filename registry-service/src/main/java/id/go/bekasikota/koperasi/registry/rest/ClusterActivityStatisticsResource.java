package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import id.go.bekasikota.koperasi.platform.http.Formats;
import id.go.bekasikota.koperasi.platform.http.ContentDisposition;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals;
import id.go.bekasikota.koperasi.registry.mapping.ClusterActivityCsv;
import id.go.bekasikota.koperasi.registry.mapping.ClusterActivityMapper;
import id.go.bekasikota.koperasi.registry.mapping.OpenDataCsv;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivitySummaryView;
import id.go.bekasikota.koperasi.registry.service.ClusterActivityService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The clusters' activity across the city, per product category and per cluster: JSON or open-data CSV. */
@Path("/api/v1/statistics/cluster-activity")
@Tag(name = "Statistics")
public class ClusterActivityStatisticsResource {

    private static final String CSV_EXAMPLE = """
            tingkat,kategori_produk,nama_kategori,id_klaster,nama_klaster,kode_kecamatan,periode,awal_periode,akhir_periode,\
            jumlah_klaster,jumlah_periode_tercatat,nilai_pembelian_bahan_baku,nilai_produksi,nilai_penjualan,tenaga_kerja\r
            SEMUA,,,,,,SELURUH,2025-10-01,2026-09-30,2,24,1188000000,4680000000,4020000000,398\r
            KATEGORI,DOLLS_AND_TOYS,Boneka dan mainan,,,,2026-Q1,2026-01-01,2026-03-31,1,3,126000000,720000000,600000000,214\r
            """;

    enum Format { JSON, CSV }

    private final ClusterActivityService service;

    public ClusterActivityStatisticsResource(ClusterActivityService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Cluster activity across the city", description = """
            What the clusters bought, produced and sold together, and the jobs in their businesses, from `from` to `to`
            (periods by their first day; default the last four quarters up to today), in total and per quarter or year
            (`by`): for all clusters, for each product category (every category, empty ones too) and for each cluster, the
            clusters a page at a time (`byCluster`, by name; `page`, `size` up to 100; `page.totalItems` clusters). Values add
            up; jobs are per cluster those of its latest period, summed. `format=csv` gives the same as open data with
            Indonesian column names (the dictionary is in the registry's README): a file with every cluster, so `page` and
            `size` do not apply to it.""")
    @APIResponse(responseCode = "200", description = "The summary", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterActivitySummaryView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "aktivitas-klaster", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "Invalid by, from, to (at most 40 steps), format or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getClusterActivitySummary(
            @Parameter(schema = @Schema(implementation = ClusterActivityTotals.Granularity.class)) @QueryParam("by") String by,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD; taken back to the first day of its quarter or year (`by`), so that the first step is whole", example = "2025-10-01") @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD (default today); taken forward to the last day of its quarter or year (`by`), so that the last step is whole too", example = "2026-09-30") @QueryParam("to") String to,
            @Parameter(description = "json or csv; without it `Accept` chooses (JSON when any type will do)", schema = @Schema(enumeration = {"json", "csv"})) @QueryParam("format") String format,
            @BeanParam PageRequest paging, @Context HttpHeaders headers) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        ActivityRange range = faults.read(() -> ActivityRange.of(by, from, to, service.today()));
        faults.refuseAny();
        Format chosen = Formats.choose(format, Format.class, Format.JSON, headers,
                f -> f == Format.CSV ? Formats.CSV : MediaType.APPLICATION_JSON_TYPE);
        ClusterActivityService.Summary summary = chosen == Format.CSV
                ? service.summaryOfEveryCluster(range.by(), range.from(), range.to())
                : service.summary(range.by(), range.from(), range.to(), paging);
        ClusterActivitySummaryView view = ClusterActivityMapper.summary(summary, range.by(), range.from(), range.to());
        return (chosen == Format.CSV ? csv(view) : Response.ok(view, MediaType.APPLICATION_JSON))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static Response.ResponseBuilder csv(ClusterActivitySummaryView summary) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ClusterActivityCsv.write(summary, writer);
            writer.flush();
        };
        return Response.ok(body, OpenDataCsv.MEDIA_TYPE).header("Content-Disposition",
                ContentDisposition.attachment("aktivitas-klaster-" + summary.from() + "-" + summary.to() + ".csv"));
    }
}
