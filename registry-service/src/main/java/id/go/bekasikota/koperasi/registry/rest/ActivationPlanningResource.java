package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Roles;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Scenario;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.mapping.ActivationMapper;
import id.go.bekasikota.koperasi.registry.mapping.ActivationPlanningMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.AtRiskView;
import id.go.bekasikota.koperasi.registry.rest.dto.ScenarioRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ScenarioView;
import id.go.bekasikota.koperasi.registry.rest.dto.WorklistView;
import id.go.bekasikota.koperasi.registry.rest.report.OfficeReports;
import id.go.bekasikota.koperasi.registry.rest.report.ReportFormat;
import id.go.bekasikota.koperasi.registry.service.ActivationService;
import id.go.bekasikota.koperasi.registry.service.AtRiskService;
import id.go.bekasikota.koperasi.registry.service.ScenarioService;
import id.go.bekasikota.koperasi.registry.service.WorklistService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** The path to the 65% target: the office's worklist, the early warning before each 1 July, and what-if scenarios. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "The activation dashboard against the 65% target")
public class ActivationPlanningResource {

    private final WorklistService worklists;
    private final AtRiskService atRisk;
    private final ScenarioService scenarios;
    private final ActivationService activation;
    private final ActivationMapper mapper;

    public ActivationPlanningResource(WorklistService worklists, AtRiskService atRisk, ScenarioService scenarios,
                                      ActivationService activation, ActivationMapper mapper) {
        this.worklists = worklists;
        this.atRisk = atRisk;
        this.scenarios = scenarios;
        this.activation = activation;
        this.mapper = mapper;
    }

    @GET
    @Path("/activation/worklist")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.XLSX_TYPE, ReportFormat.PDF_TYPE})
    @Operation(summary = "Worklist to the activation target", description = """
            The inactive (not dissolved, not new) cooperatives of the scope as of `asOf` (default today), each with the one RAT
            report that makes it ACTIVE as of that date (DESIGN.md 3.1: a report for F or F-1 - the report for F once F has closed,
            else F-1), ranked: a reactivation case open on asOf first, then the most recent contact (case opened or visit), then
            the most recent report, then cooperative number and id. `ratioAfter`/`gapAfter` of the k-th item are the scope's
            ratio and gap once the first k steps are taken: the first `gap` steps reach the target. JSON is paged; with
            `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` the whole list as an XLSX workbook
            (sheets Ringkasan and Daftar kerja), with `Accept: application/pdf` a one-page summary with the first 30 steps,
            both in Bahasa Indonesia, as attachments (`Content-Disposition` names the file).""")
    @APIResponse(responseCode = "200", description = "The worklist", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorklistView.class)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "Workbook daftar-kerja-aktivasi-<asOf>[-<scope>].xlsx")),
            @Content(mediaType = ReportFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "One A4 page daftar-kerja-aktivasi-<asOf>[-<scope>].pdf"))})
    @APIResponse(responseCode = "400", description = "asOf, kecamatanCode (or kecamatan), jenis, kelompok, page or size is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, XLSX and PDF is acceptable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getActivationWorklist(
            @BeanParam PageRequest paging,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date (YYYY-MM-DD); default today", example = "2026-11-30") @QueryParam("asOf") String asOf,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "3275(0[1-9]|1[0-2])"), description = "Kemendagri code of a kecamatan (327501-327512), as every list names it", example = "327507") @QueryParam("kecamatanCode") String kecamatanCode,
            @Parameter(deprecated = true, schema = @Schema(type = SchemaType.STRING, pattern = "3275(0[1-9]|1[0-2])"), description = "The worklist's former name of `kecamatanCode`, still taken; both with different codes is a 400") @QueryParam("kecamatan") String kecamatan,
            @Parameter(schema = @Schema(implementation = Jenis.class), description = "SIMPAN_PINJAM, KONSUMEN, PRODUSEN, PEMASARAN or JASA", example = "PRODUSEN") @QueryParam("jenis") String jenis,
            @Parameter(schema = @Schema(implementation = Kelompok.class), description = "CIVIL_SERVANTS, COMPANY_EMPLOYEES, COMMUNITY, KUD or OTHER", example = "COMMUNITY") @QueryParam("kelompok") String kelompok,
            @Parameter(description = "json, xlsx or pdf; without it `Accept` chooses (JSON when any type will do)", schema = @Schema(enumeration = {"json", "xlsx", "pdf"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        LocalDate date = faults.read(() -> SearchParams.asOf(asOf, worklists.today()));
        RegisterScope scope = scope(faults, kecamatanCode, kecamatan, jenis, kelompok);
        faults.refuseAny();
        ReportFormat chosen = ReportFormat.of(format, headers);
        if (chosen == ReportFormat.JSON) {
            return Response.ok(ActivationPlanningMapper.worklist(worklists.page(date, scope, paging), scope, paging), MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, ReportFormat.VARY).build();
        }
        Worklist worklist = worklists.worklist(date, scope);
        return OfficeReports.worklist(worklist, scope, chosen, (fromRank, toRank) -> worklists.steps(worklist, fromRank, toRank));
    }

    @GET
    @Path("/activation/at-risk")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Early warning before the switch of the due year", description = """
            The cooperatives of the scope ACTIVE today that become INACTIVE on `switchOn` (default the next 1 July, when the latest
            due year F moves on) unless they file, by today's facts; for each, the report that keeps it active on that date (the
            overdue report for today's F while the new F has not closed, else the new F; a cooperative new today needs its first
            year's), and the scope's figures on that date if none of them files. The scope narrows as the worklist's does
            (`kecamatanCode`, `jenis`, `kelompok`, each optional; the whole register without them). Paged, by cooperative number
            then id. The daily job publishes a `report-due` event per cooperative at risk in the whole register at the configured
            lead times (koperasi.report-reminders.lead-days).""")
    @APIResponse(responseCode = "200", description = "The cooperatives at risk", content = @Content(schema = @Schema(implementation = AtRiskView.class)))
    @APIResponse(responseCode = "400", description = "switchOn is not a date after today, or kecamatanCode, jenis, kelompok, page or size is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AtRiskView getActivationAtRisk(
            @BeanParam PageRequest paging,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = "Date after today (YYYY-MM-DD); default the next 1 July", example = "2027-07-01") @QueryParam("switchOn") String switchOn,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "3275(0[1-9]|1[0-2])"), description = "Kemendagri code of a kecamatan (327501-327512), as every list names it", example = "327507") @QueryParam("kecamatanCode") String kecamatanCode,
            @Parameter(schema = @Schema(implementation = Jenis.class), description = "SIMPAN_PINJAM, KONSUMEN, PRODUSEN, PEMASARAN or JASA", example = "PRODUSEN") @QueryParam("jenis") String jenis,
            @Parameter(schema = @Schema(implementation = Kelompok.class), description = "CIVIL_SERVANTS, COMPANY_EMPLOYEES, COMMUNITY, KUD or OTHER", example = "COMMUNITY") @QueryParam("kelompok") String kelompok) {
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        LocalDate date = faults.read(() -> SearchParams.date("switchOn", switchOn, atRisk.nextSwitch()));
        if (date != null && !date.isAfter(atRisk.today())) {
            faults.add("switchOn", Text.of("registry.param.after-today", atRisk.today()));
        }
        RegisterScope scope = scope(faults, kecamatanCode, null, jenis, kelompok);
        faults.refuseAny();
        return ActivationPlanningMapper.atRisk(atRisk.page(date, scope, paging), scope, paging);
    }

    @POST
    @Path("/activation/scenarios")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What-if scenario", description = """
            Evaluates up to 1,000 hypothetical actions (FILE_REPORT a year with a meeting date, DISSOLVE on a date, REGISTER n new
            cooperatives) as of `asOf` (default today) by the standing rules, WITHOUT writing anything, and answers the dashboard's
            figures as they are (`real`), as they would be (`scenario`) and the difference, in total and per kecamatan, jenis and
            kelompok. Actions apply in order; refused with 422 naming each unknown cooperative and each impossible action: a
            report for a year not closed by asOf, before the founding year or for a dissolved cooperative; a meeting before its
            year ended or after asOf; dissolving a dissolved cooperative, before its founding or after asOf; registering with a
            founding date after asOf.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class), examples = @ExampleObject(name = "two reports and a dissolution",
            value = """
                    {"asOf": "2026-11-30", "actions": [
                      {"type": "FILE_REPORT", "cooperativeId": "0b8f2f4e-4c1d-4bb1-9c55-2f7d3c1d2a10", "financialYear": 2025, "meetingDate": "2026-11-20"},
                      {"type": "FILE_REPORT", "cooperativeId": "5d1e2b7a-9a43-4d0e-8c0c-1b0e6f6d4c21", "financialYear": 2025, "meetingDate": "2026-11-25"},
                      {"type": "DISSOLVE", "cooperativeId": "8a7c6b5d-1e2f-4a3b-9c8d-7e6f5a4b3c2d", "dissolvedOn": "2026-11-30"},
                      {"type": "REGISTER", "count": 3, "kecamatanCode": "327507", "jenis": "PRODUSEN", "kelompok": "COMMUNITY"}]}""")))
    @APIResponse(responseCode = "200", description = "The dashboard with and without the actions", content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, more than 1,000 actions, a missing field or one of another action type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither officer nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown cooperatives or impossible actions: `reasons` and `errors` name each (`actions[i].field`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScenarioView evaluateActivationScenario(@NotNull @Valid ScenarioRequest request) {
        LocalDate asOf = request.asOf() == null ? scenarios.today() : checked(request.asOf());
        Scenario.Outcome outcome = scenarios.evaluate(asOf, ActivationPlanningMapper.actions(request, asOf));
        return ActivationPlanningMapper.scenario(mapper.toView(activation.dashboard(asOf, asOf.getYear())), outcome, request.actions().size());
    }

    /**
     * The scope the parameters name, each parameter at fault noted in {@code faults}: {@code kecamatanCode}, or the
     * worklist's former name {@code kecamatan} (both only when they agree), {@code jenis}, {@code kelompok}.
     */
    private static RegisterScope scope(ParamFaults faults, String kecamatanCode, String formerName, String jenis, String kelompok) {
        String kecamatan = null;
        if (kecamatanCode != null && formerName != null && !kecamatanCode.equals(formerName)) {
            faults.add("kecamatanCode", Text.of("registry.param.kecamatan-twice", formerName));
        } else {
            kecamatan = faults.read(() -> SearchParams.kecamatanCode(kecamatanCode != null ? "kecamatanCode" : "kecamatan",
                    kecamatanCode != null ? kecamatanCode : formerName));
        }
        return new RegisterScope(kecamatan, faults.read(() -> Params.enumValue("jenis", jenis, Jenis.class)),
                faults.read(() -> Params.enumValue("kelompok", kelompok, Kelompok.class)));
    }

    private static LocalDate checked(LocalDate asOf) {
        return SearchParams.date("asOf", asOf.toString(), asOf);
    }
}
