package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error answer of the suite
 * ({@code application/problem+json}).
 *
 * @param type     stable URI of the kind of problem; callers switch on it
 * @param errors   the fields at fault, for validation problems
 * @param extensions further members named by the problem type (e.g. {@code currentState}); each one
 *                   the suite sends is listed in the schema below, so that generated clients keep it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is stable (the README lists every type and its status); "
        + "`type`, `title` and `status` are in every problem, `detail` and `instance` in those the suite writes; "
        + "the members after `errors` appear only with the problem types that name them.",
        requiredProperties = {"type", "title", "status"},
        properties = {
                @SchemaProperty(name = "existingId", type = SchemaType.STRING, format = "uuid", maxLength = 36,
                        description = "`duplicate` and `conflict`: the id of the resource that exists already",
                        example = "0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11"),
                @SchemaProperty(name = "currentState", type = SchemaType.STRING, maxLength = 40,
                        description = "`illegal-transition`: the state the resource is in, which does not allow the action",
                        example = "DRAFT"),
                @SchemaProperty(name = "reasons", type = SchemaType.ARRAY, implementation = String.class, maxItems = Problem.MAX_ITEMS,
                        description = "`rule-violation`: every business rule that is not met, one sentence each; past 1,000, the first 999 and a last one saying how many more (`... and 201 more.`). Words for a person: the eligibility rules' and a loan's limits are written in the language of the answer (`Content-Language`), others in English; never match on them",
                        example = "[\"No RAT report for financial year 2024.\"]"),
                @SchemaProperty(name = "importId", type = SchemaType.STRING, format = "uuid", maxLength = 36,
                        description = "`rule-violation` of a cooperative import: the id of the refused import, whose report is also in `report`",
                        example = "5d0e7c2a-8f5b-4b7e-9a0c-1b2c3d4e5f60"),
                @SchemaProperty(name = "report", type = SchemaType.OBJECT,
                        description = "`rule-violation` of a cooperative import: the row report (the `ImportReport` schema of the registry)")})
public record Problem(
        @Schema(format = "uri", maxLength = 200, example = "https://koperasi.bekasikota.go.id/problems/validation") String type,
        @Schema(maxLength = 200, example = "The request is not valid") String title,
        @Schema(minimum = "400", maximum = "599", example = "400") int status,
        @Nullable @Schema(maxLength = DETAIL_LENGTH, example = "2 fields are not valid") String detail,
        @Nullable @Schema(maxLength = INSTANCE_LENGTH, description = "The path of the request", example = "/api/v1/cooperatives") String instance,
        @Schema(maxItems = MAX_ITEMS, description = "Every field that is not valid, at most the first 1,000 (`detail` counts them all)") List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /**
     * The longest texts a problem carries (the schema states them; the constructors cut what is longer, so a
     * detail or field that repeats a caller's over-long input stays within them): the detail, the request path
     * (the gateway refuses a URI over 8192 characters), a field's name and its message, one reason.
     */
    public static final int DETAIL_LENGTH = 2000;
    public static final int INSTANCE_LENGTH = 8192;
    public static final int FIELD_LENGTH = 300;
    public static final int MESSAGE_LENGTH = 1000;
    public static final int REASON_LENGTH = 1000;

    /**
     * The most field errors and reasons a problem lists (the schema's {@code maxItems}): a body with
     * thousands of broken list elements, or a finalisation with thousands of missing scores, gets the
     * first 1,000 field errors (the detail still counts them all) and the first 999 reasons with a last
     * one saying how many more there are.
     */
    public static final int MAX_ITEMS = 1000;

    public Problem {
        detail = clip(detail, DETAIL_LENGTH);
        instance = clip(instance, INSTANCE_LENGTH);
        if (errors != null && errors.size() > MAX_ITEMS) {
            errors = List.copyOf(errors.subList(0, MAX_ITEMS));
        }
        if (extensions != null && extensions.get("reasons") instanceof List<?> reasons) {
            Map<String, Object> cut = new LinkedHashMap<>(extensions);
            List<Object> kept = new ArrayList<>(reasons.stream()
                    .limit(reasons.size() > MAX_ITEMS ? MAX_ITEMS - 1 : MAX_ITEMS)
                    .map(reason -> reason instanceof String text ? clip(text, REASON_LENGTH) : reason).toList());
            if (reasons.size() > MAX_ITEMS) {
                kept.add("... and " + (reasons.size() - MAX_ITEMS + 1) + " more.");
            }
            cut.put("reasons", Collections.unmodifiableList(kept));
            extensions = Collections.unmodifiableMap(cut);
        }
    }

    /** The text, cut to {@code length} characters (an ellipsis as the last one) when longer. */
    public static String clip(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(length - 2)) ? length - 2 : length - 1;
        return text.substring(0, cut) + "\u2026";
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One field at fault: {@code field} is the JSON path in the request (or the parameter name). */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(maxLength = FIELD_LENGTH, example = "cooperativeNumber") String field,
            @Schema(maxLength = MESSAGE_LENGTH, example = "must be digits only") String message) {

        public FieldError {
            field = clip(field, FIELD_LENGTH);
            message = clip(message, MESSAGE_LENGTH);
        }
    }
}
