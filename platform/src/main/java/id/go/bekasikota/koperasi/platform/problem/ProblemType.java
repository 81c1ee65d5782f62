package id.go.bekasikota.koperasi.platform.problem;

import id.go.bekasikota.koperasi.platform.i18n.Messages;

import java.util.Locale;

/**
 * The stable problem types of the suite. The URI is an identifier; the README lists them all. The
 * title is read from the {@code messages} bundles ({@code problem.title.<slug>}) in the language of
 * the answer; the English one is written here too, as the type's name in code and logs.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", 400, "The request cannot be read"),
    UNAUTHENTICATED("unauthenticated", 401, "A valid bearer token is required"),
    FORBIDDEN("forbidden", 403, "You may not do this"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    DUPLICATE("duplicate", 409, "It exists already"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "Not allowed in the current state"),
    STALE_VERSION("stale-version", 412, "The resource changed since you read it"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported content type"),
    RULE_VIOLATION("rule-violation", 422, "A business rule is not met"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "The Idempotency-Key was used with another request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match is required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL("internal", 500, "Internal error"),
    UNAVAILABLE("unavailable", 503, "Temporarily unavailable");

    public static final String BASE_URI = "https://koperasi.bekasikota.go.id/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public int status() {
        return status;
    }

    /** The title in English (the default language). */
    public String title() {
        return title;
    }

    public String title(Locale language) {
        return Messages.format(language, titleKey());
    }

    public String titleKey() {
        return "problem.title." + slug;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
