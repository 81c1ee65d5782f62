package id.go.bekasikota.koperasi.awards.rest;

import java.util.Locale;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.HeaderParam;
import id.go.bekasikota.koperasi.awards.mapping.AwardsMapper;
import id.go.bekasikota.koperasi.awards.rest.dto.EligibilityView;
import id.go.bekasikota.koperasi.awards.service.NominationService;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Award eligibility before nominating. */
@Path("/api/v1/award-eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations")
@SecurityRequirement(name = "bearer")
public class EligibilityResource {

    private final NominationService nominations;
    private final AwardsMapper mapper;
    private final Caller caller;

    public EligibilityResource(NominationService nominations, AwardsMapper mapper, Caller caller) {
        this.nominations = nominations;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.COOPERATIVE})
    @Operation(summary = "Check award eligibility", description = "Every rule of DESIGN.md 3.1 (ACTIVE; a cooperative number; RAT reports for F and F-1; no DEFAULTED loan; the program's jenis where it has one) as of today, from this service's projections of the registry's and financing's events; and whether a nomination by the caller would be taken today (`nominable`), with what besides eligibility would refuse it (`obstacles`: a self-nomination the program does not take, the program past OPEN, a nomination in the running, the window, the re-nomination limit). The office for any cooperative; a cooperative for itself.")
    @APIResponse(responseCode = "200", description = "Every rule with its outcome, and whether the cooperative is nominable today", content = @Content(schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "400", description = "A parameter missing or not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such program, or a cooperative unknown to the register", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response checkAwardEligibility(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "The cooperative", required = true) @QueryParam("cooperativeId") String cooperativeId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"), description = "The award program", required = true) @QueryParam("programId") String programId,
            @Parameter(description = "The language of the explanations (`reasons`, `checks[].detail`): `id` (Bahasa Indonesia, dates as 7 Desember 2026) or `en` (the default); the answer names it in `Content-Language`", example = "id", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        // Both parameters at fault are named in one 400.
        ParamFaults faults = new ParamFaults();
        UUID cooperative = required(faults, "cooperativeId", cooperativeId);
        UUID program = required(faults, "programId", programId);
        faults.refuseAny();
        Locale language = Languages.choose(acceptLanguage);
        return Languages.answer(mapper.toView(cooperative, program, nominations.eligibility(cooperative, program, caller.actor()), language), language);
    }

    private static UUID required(ParamFaults faults, String name, String value) {
        UUID id = faults.read(() -> Params.uuid(name, value));
        if (id == null && !faults.faulty(name)) {
            faults.add(name, Text.of("awards.field.required"));
        }
        return id;
    }
}
