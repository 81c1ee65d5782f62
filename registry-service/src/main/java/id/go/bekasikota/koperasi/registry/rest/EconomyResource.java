package id.go.bekasikota.koperasi.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import id.go.bekasikota.koperasi.platform.http.Formats;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.http.ContentDisposition;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.registry.domain.SizeClassThresholds;
import id.go.bekasikota.koperasi.registry.mapping.EconomicIndicatorsCsv;
import id.go.bekasikota.koperasi.registry.mapping.EconomicIndicatorsMapper;
import id.go.bekasikota.koperasi.registry.mapping.OpenDataCsv;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView;
import id.go.bekasikota.koperasi.registry.service.EconomicIndicatorService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
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
import java.time.LocalDate;

/** The economic picture of the register: public with small cells suppressed, in full for the office. */
@Path("/api/v1/statistics/economy")
@Tag(name = "Statistics")
public class EconomyResource {

    /** Trend years asked for at most, so that one request stays cheap. */
    static final int MAX_TREND_YEARS = 30;

    private static final String CSV_EXAMPLE = """
            tanggal_acuan,tahun_buku_wajib_terakhir,dasar_kelas_usaha,rincian,kode,nama,jumlah_koperasi,disembunyikan,\
            jumlah_koperasi_pembanding,anggota_laki_laki_jumlah,anggota_laki_laki_median,anggota_laki_laki_rasio_pertumbuhan,...\r
            2026-11-30,2025,VOLUME_USAHA,TOTAL,,Kota Bekasi,617,,,402117,611,,...\r
            2026-11-30,2025,VOLUME_USAHA,KELAS_USAHA,LARGE,LARGE,2,PRIMER,,,,,...\r
            2026-11-30,2025,VOLUME_USAHA,TAHUN_BUKU,2025,2025,540,,498,351204,,1.0412,...\r
            """;

    private final EconomicIndicatorService service;
    private final Caller caller;

    public EconomyResource(EconomicIndicatorService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    enum Format { JSON, CSV }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Economic indicators", description = """
            What the cooperatives add up to as of `asOf` (default today): for every cooperative whose latest report counts
            (the current revision of its latest report for a year of the standing window F-2..F whose meeting was held by
            asOf; not dissolved by then), the number of cooperatives and the exact total and median of members (male,
            female, both), employees, own and external capital, assets, turnover (volume usaha) and SHU; the same per
            kecamatan, jenis, kelompok and size class (PP 7/2021 article 35, by turnover or assets); how many figures come
            from each year; and for each financial year from `trendFrom` (default F-4) to F the sums of its reports held by
            asOf with the growth over the year before among the cooperatives that reported both (an exact ratio, 4
            decimals). Medians: the middle value, or of an even count the mean of the two middle values rounded half away
            from zero. Officers and auditors see everything (`view` FULL). Everyone else (`view` PUBLIC) sees the number
            of cooperatives of every cell but not the figures of a cell of fewer than `minimumCellSize` cooperatives
            (PRIMARY), nor of the cell hidden with the small cells of its breakdown while they hold fewer than the minimum
            together (COMPLEMENTARY), and growth as a
            ratio only, where it rests on enough cooperatives. `format=csv` gives the same as open data (Indonesian
            column names; the dictionary is in the registry's README). Kept per register revision: a write is reflected
            in the next answer.""")
    @APIResponse(responseCode = "200", description = "The indicators", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EconomicIndicatorsView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "indikator-ekonomi", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "asOf, trendFrom, sizeBasis or format is not valid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getEconomicIndicators(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date (YYYY-MM-DD); default today", example = "2026-07-01") @QueryParam("asOf") String asOf,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"), description = "First financial year of the trend; default F-4", example = "2021") @QueryParam("trendFrom") String trendFrom,
            @Parameter(description = "What sorts cooperatives into size classes; default the configured one (TURNOVER)",
                    schema = @Schema(implementation = SizeClassThresholds.Basis.class)) @QueryParam("sizeBasis") String sizeBasis,
            @Parameter(description = "json or csv; without it `Accept` chooses (JSON when any type will do)", schema = @Schema(enumeration = {"json", "csv"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        LocalDate date = SearchParams.asOf(asOf, service.today());
        int first = trendFrom(trendFrom, StandingRules.latestDueYear(date));
        Format chosen = Formats.choose(format, Format.class, Format.JSON, headers,
                f -> f == Format.CSV ? Formats.CSV : MediaType.APPLICATION_JSON_TYPE);
        EconomicIndicatorsView view = EconomicIndicatorsMapper.toView(
                service.picture(date, first, Params.enumValue("sizeBasis", sizeBasis, SizeClassThresholds.Basis.class)),
                first, caller.readsEverything(), service.minimumCellSize());
        return (chosen == Format.CSV ? csv(view) : Response.ok(view, MediaType.APPLICATION_JSON))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static int trendFrom(String value, int latestDueYear) {
        Long year = Params.wholeNumber("trendFrom", value);
        if (year == null) {
            return latestDueYear - EconomicIndicatorService.TREND_YEARS;
        }
        if (year > latestDueYear || year < latestDueYear - MAX_TREND_YEARS) {
            throw ProblemException.invalid("trendFrom",
                    Text.of("registry.param.trend-from-financial-year", latestDueYear - MAX_TREND_YEARS, latestDueYear));
        }
        return year.intValue();
    }

    private static Response.ResponseBuilder csv(EconomicIndicatorsView view) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            EconomicIndicatorsCsv.write(view, writer);
            writer.flush();
        };
        return Response.ok(body, OpenDataCsv.MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment("indikator-ekonomi-koperasi-" + view.asOf() + ".csv"));
    }
}
