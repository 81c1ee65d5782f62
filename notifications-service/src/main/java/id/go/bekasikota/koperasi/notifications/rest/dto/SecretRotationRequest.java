package id.go.bekasikota.koperasi.notifications.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long the previous secret keeps signing beside the new one. */
@Schema(name = "SecretRotationRequest")
public record SecretRotationRequest(
        @Min(0) @Max(604_800)
        @Schema(description = "Seconds the previous secret still signs (both signatures are sent meanwhile); default 86400, 0 ends it now", example = "86400")
        Long overlapSeconds) {
}
