package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Assigns a juror to a program. */
@Schema(name = "JurorRequest")
public record JurorRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The juror's username: the `upn` claim of the juror's token (in Keycloak the username, not the `sub`); kept in lower case, as Keycloak keeps usernames, so one person is seated once whatever the case given", example = "juri-1@bekasikota.go.id") @CodeText String juror) {
}
