package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error answer of the suite
 * ({@code application/problem+json}).
 *
 * @param type     stable URI of the kind of problem; callers switch on it
 * @param errors   the fields at fault, for validation problems
 * @param extensions further members named by the problem type (e.g. {@code currentState})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://koperasi.bekasikota.go.id/problems/validation") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        String instance,
        List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One field at fault: {@code field} is the JSON path in the request (or the parameter name). */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "cooperativeNumber") String field,
            @Schema(example = "must be digits only") String message) {
    }
}
