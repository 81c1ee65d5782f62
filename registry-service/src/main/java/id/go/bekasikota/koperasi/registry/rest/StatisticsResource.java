package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.mapping.ActivationMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingEvaluationView;
import id.go.bekasikota.koperasi.registry.rest.report.DashboardReports;
import id.go.bekasikota.koperasi.registry.rest.report.ReportFormat;
import id.go.bekasikota.koperasi.registry.service.ActivationService;
import id.go.bekasikota.koperasi.registry.service.StandingService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Public statistics of the register against the RPJMD target, and the office's re-evaluation of standings. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The activation dashboard against the 65% target")
public class StatisticsResource {

    /** Trend years asked for at most, so that one request stays cheap. */
    static final int MAX_TREND_YEARS = 30;

    private final ActivationService activation;
    private final StandingService standings;
    private final ActivationMapper mapper;
    private final Today today;
    private final DashboardReports reports;
    private final DashboardReports.Renderer renderer;
    private final Caller caller;

    public StatisticsResource(ActivationService activation, StandingService standings, ActivationMapper mapper, Today today,
                              DashboardReports reports, DashboardReports.Renderer renderer, Caller caller) {
        this.caller = caller;
        this.activation = activation;
        this.standings = standings;
        this.mapper = mapper;
        this.today = today;
        this.reports = reports;
        this.renderer = renderer;
    }

    @GET
    @Path("/activation")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.XLSX_TYPE, ReportFormat.PDF_TYPE})
    @Operation(summary = "Activation dashboard", description = """
            As of `asOf` (default today): registered (founded by then, not dissolved), active, inactive, new, dissolved,
            dissolution candidates, under reactivation, the ratio active/registered (4 decimals), the target and the gap
            max(0, ceil(target x registered) - active); the same per kecamatan, jenis and kelompok; and a yearly trend as of
            31 December of each year from `trendFrom` (default 4 years before asOf's year) and as of asOf for its own year.
            Exact to the cooperative. A past date is answered as the register knows it now, not as it stood that day: a
            report counts from its meeting date whenever it was filed, a cooperative from its founding date whenever it was
            entered, a dissolution from its date whenever it was recorded; so a RAT held before a date and filed after it
            moves that date's figures (keep a document downloaded on a day as that day's figures). Today and 31 December of this year and the four before are kept up to date by every write
            and answer in milliseconds; other dates are evaluated over the whole register (about half a second per date at
            100,000 cooperatives), two such requests at a time per instance for callers with a token and two more for
            callers without one (the public never takes the office's turns): another meanwhile is a 503 `unavailable` with
            `Retry-After`. The last 256 dashboards read are kept until the next write. The office's report: with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`
            an XLSX workbook (sheets Ringkasan, Per kecamatan, Per jenis, Per kelompok, Tren), with `Accept: application/pdf` a
            one-page summary with the trend chart and the breakdown by kecamatan, both in Bahasa Indonesia, as attachments;
            `format=xlsx` or `format=pdf` asks for them where `Accept` cannot be set (a link in a page). A dashboard's
            workbook and PDF are rendered once and kept (the last 16 read); one not kept is rendered two at a time per
            instance, and another request meanwhile is a 503 `unavailable` with `Retry-After`.""")
    @APIResponse(responseCode = "200", description = "The dashboard", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivationDashboardView.class)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "Workbook aktivasi-koperasi-kota-bekasi-<asOf>.xlsx")),
            @Content(mediaType = ReportFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "One A4 page aktivasi-koperasi-kota-bekasi-<asOf>.pdf"))})
    @APIResponse(responseCode = "400", description = "asOf or trendFrom is not valid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getActivationDashboard(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date (YYYY-MM-DD); default today", example = "2026-07-01") @QueryParam("asOf") String asOf,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"), description = "First year of the trend; default asOf's year - 4", example = "2022") @QueryParam("trendFrom") String trendFrom,
            @Parameter(description = "json, xlsx or pdf; without it `Accept` chooses (JSON when any type will do)", schema = @Schema(enumeration = {"json", "xlsx", "pdf"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        LocalDate date = SearchParams.asOf(asOf, today.date());
        Long from = Params.wholeNumber("trendFrom", trendFrom);
        int first = from == null ? date.getYear() - 4 : from.intValue();
        if (from != null && (from > date.getYear() || from < date.getYear() - MAX_TREND_YEARS)) {
            throw ProblemException.invalid("trendFrom", Text.of("registry.param.trend-from", date.getYear() - MAX_TREND_YEARS, date.getYear()));
        }
        ReportFormat chosen = ReportFormat.of(format, headers);
        ActivationDashboardView view = mapper.toView(activation.dashboard(date, first, caller.anonymous()));
        return chosen == ReportFormat.JSON ? Response.ok(view, MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, ReportFormat.VARY).build()
                : reports.of(view, chosen, renderer::render);
    }

    @POST
    @Path("/standing-evaluations")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Re-evaluate every standing now", description = "What the daily job does shortly after midnight: evaluates every cooperative as of today and publishes `status-changed`/`grade-changed` where the standing differs from the one last published (e.g. on 1 July, when the due year moves); then builds the dashboard's kept dates for the day again from the rules (also after rows were loaded around the service).")
    @APIResponse(responseCode = "200", description = "What changed", content = @Content(schema = @Schema(implementation = StandingEvaluationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandingEvaluationView evaluateStandings() {
        return mapper.toView(standings.evaluateAll());
    }
}
