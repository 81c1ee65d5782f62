package id.go.bekasikota.koperasi.platform.openapi;

import id.go.bekasikota.koperasi.platform.http.BodyBytes;
import id.go.bekasikota.koperasi.platform.idempotency.IdempotencyService;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The answers every operation can give beside its own, written once (docs/CONVENTIONS.md, "How the
 * documents are made"). From what the document and the code say of an operation it adds the
 * problem responses (RFC 9457, {@code application/problem+json}) that the services and the gateway
 * send:
 * <table>
 * <tr><th>status</th><th>on</th></tr>
 * <tr><td>400</td><td>every operation (a query parameter it does not declare is refused; its parameters and body)</td></tr>
 * <tr><td>304</td><td>reads of a versioned entity, with the optional {@code If-None-Match} header</td></tr>
 * <tr><td>401</td><td>every operation (a secured one without a token; any with an expired or forged token)</td></tr>
 * <tr><td>403</td><td>every operation (a role or object that does not allow it; at the gateway, a browser's request
 * from an origin it does not serve, public operations included)</td></tr>
 * <tr><td>404</td><td>paths with ids</td></tr>
 * <tr><td>406</td><td>every operation (an {@code Accept} it cannot answer)</td></tr>
 * <tr><td>409, 422</td><td>writes (POST, PUT, PATCH, DELETE): the state or a rule refuses</td></tr>
 * <tr><td>412</td><td>operations taking {@code If-Match}</td></tr>
 * <tr><td>428</td><td>those of them requiring it: all but the {@code @IfMatchOptional} ones (there the header is
 * documented as optional)</td></tr>
 * <tr><td>413</td><td>every operation (a {@code Content-Length} over the limit is refused before the body is read)</td></tr>
 * <tr><td>408, 411, 415</td><td>operations with a body (at the gateway: a body that did not arrive in time, a
 * chunked body without a token; a {@code Content-Type} the operation does not read)</td></tr>
 * <tr><td>414, 431</td><td>every operation (the gateway: a request target or headers over its limits)</td></tr>
 * <tr><td>429, 500, 502, 503, 504</td><td>every operation (the gateway's rate limit, an internal failure, the gateway
 * cannot reach the service or it does not answer in time, a database or service down)</td></tr>
 * </table>
 * A problem response the code already documents keeps its description and examples; its content
 * becomes the {@code Problem} schema. Response headers: {@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset} and {@code Access-Control-Allow-Origin} (the gateway) on every answer,
 * {@code Location} on 201 (but on {@code @CreatedWithoutLocation} operations), {@code ETag} on the answers that carry a versioned entity (an entity path
 * is a path whose operations take {@code If-Match}; its reads and writes, the creating POST on
 * the collection above it, and every operation marked {@code @AnswersWithETag}), {@code Idempotent-Replayed} where an {@code Idempotency-Key} is taken,
 * {@code Content-Disposition} on file answers, {@code Retry-After} on 429 and 503,
 * {@code WWW-Authenticate} on 401. Runs once, when the application is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponsesFilter implements OASFilter {

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = IdempotencyService.HEADER;
    static final String IF_NONE_MATCH = "If-None-Match";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** A problem response written once under {@code #/components/responses}. */
    enum Standard {
        BAD_REQUEST(400, "BadRequest", ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(),
                "The request is not valid: the fields or parameters at fault are named in `errors` (`validation`), "
                        + "or the body, the query string or the path cannot be read (`malformed-request`)", "1 field is not valid"),
        UNAUTHENTICATED(401, "Unauthenticated", ProblemType.UNAUTHENTICATED.uri(), ProblemType.UNAUTHENTICATED.title(),
                "No bearer token on a secured operation, or a token that is expired, forged or not for this suite "
                        + "(refused on public operations too)", "Send a valid, unexpired bearer token in the Authorization header"),
        FORBIDDEN(403, "Forbidden", ProblemType.FORBIDDEN.uri(), ProblemType.FORBIDDEN.title(),
                "The caller's role, or the object (another cooperative's or partner's), does not allow this; or (at the "
                        + "gateway, any operation) a browser's request from an origin it does not serve: a foreign origin may "
                        + "call the public operations only, without an Authorization header",
                "Your role does not allow this operation"),
        REQUEST_TIMEOUT(408, "RequestTimeout", ProblemType.BASE_URI + "request-timeout", "Request timeout",
                "The gateway: the request's body did not arrive in time; it was not sent to any service",
                "The request body did not arrive within 30 s; the request was not sent to any service"),
        LENGTH_REQUIRED(411, "LengthRequired", ProblemType.BASE_URI + "length-required", "Length required",
                "The gateway: a caller without a token sent a chunked body; announce its length with Content-Length",
                "A caller without a token must announce the body's length with Content-Length"),
        NOT_FOUND(404, "NotFound", ProblemType.NOT_FOUND.uri(), ProblemType.NOT_FOUND.title(),
                "No resource with this id (also an id that is not a UUID)", "Cooperative 3f0c6a54-1d2e-4b7a-9c8d-0e1f2a3b4c5d does not exist"),
        NOT_ACCEPTABLE(406, "NotAcceptable", ProblemType.NOT_ACCEPTABLE.uri(), ProblemType.NOT_ACCEPTABLE.title(),
                "The Accept header names no media type this operation answers with", "HTTP 406 Not Acceptable"),
        CONFLICT(409, "Conflict", ProblemType.ILLEGAL_TRANSITION.uri(), ProblemType.ILLEGAL_TRANSITION.title(),
                "Not possible now: the resource's state does not allow it (`illegal-transition`, naming `currentState`), "
                        + "it exists already (`duplicate`, naming `existingId`), or another `conflict`", "Cannot submit in state SUBMITTED"),
        PRECONDITION_FAILED(412, "PreconditionFailed", ProblemType.STALE_VERSION.uri(), ProblemType.STALE_VERSION.title(),
                "`If-Match` is not the current ETag: the resource changed since it was read; read it again. Or an "
                        + "`If-None-Match` sent with the write names the current version, or is `*` (RFC 9110 13.2.2)",
                "The resource changed since you read it"),
        PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                "The body is over the limit: a JSON body at most 1 MiB (1,048,576 bytes), a file (CSV) 12 MiB, or the operation's own "
                        + "(the gateway's and the services' alike); a body announced longer is refused before it is read",
                "A JSON body is at most 1 MiB (1048576 bytes); the request was refused and nothing was changed"),
        UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE.uri(), ProblemType.UNSUPPORTED_MEDIA_TYPE.title(),
                "The `Content-Type` is not one this operation reads; or a body was sent to an operation reading JSON without a "
                        + "`Content-Type`, or naming a `charset` that cannot be read: then `errors` names `Content-Type` (a JSON body "
                        + "in another charset that says so is read in it; UTF-8 is best)",
                "The body must be JSON, sent with the Content-Type this operation reads (and a charset that can be read, UTF-8 best)"),
        UNPROCESSABLE(422, "UnprocessableContent", ProblemType.RULE_VIOLATION.uri(), ProblemType.RULE_VIOLATION.title(),
                "A business rule is not met (`rule-violation`, every failed rule in `reasons`), or the `Idempotency-Key` was "
                        + "used with another request (`idempotency-key-reused`)", "The cooperative is not eligible"),
        URI_TOO_LONG(414, "UriTooLong", ProblemType.BASE_URI + "uri-too-long", "Request target too long",
                "The gateway: the path and query together are over 8,192 characters", "The path and query together exceed 8192 characters"),
        PRECONDITION_REQUIRED(428, "PreconditionRequired", ProblemType.PRECONDITION_REQUIRED.uri(), ProblemType.PRECONDITION_REQUIRED.title(),
                "`If-Match` is missing: send the ETag of the last read", "Send the ETag you read in If-Match"),
        TOO_MANY_REQUESTS(429, "TooManyRequests", ProblemType.TOO_MANY_REQUESTS.uri(), ProblemType.TOO_MANY_REQUESTS.title(),
                "The gateway's rate limit for this client and group is spent; `Retry-After` says when to try again",
                "More than 600 requests per 60 s in rate-limit group standard from this client; retry after 12 s"),
        HEADERS_TOO_LARGE(431, "RequestHeadersTooLarge", ProblemType.BASE_URI + "request-header-too-large", "Request headers too large",
                "The gateway: the request's headers together are over 16 KiB", "The request headers together exceed 16384 bytes"),
        INTERNAL(500, "InternalError", ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(),
                "The request failed on the suite's side; it has been logged", "The request failed on our side; it has been logged"),
        BAD_GATEWAY(502, "BadGateway", ProblemType.BASE_URI + "bad-gateway", "Bad gateway",
                "The gateway: the service could not be reached or broke off its answer", "The financing service broke off its answer"),
        UNAVAILABLE(503, "Unavailable", ProblemType.UNAVAILABLE.uri(), ProblemType.UNAVAILABLE.title(),
                "A database or a service is down (at the gateway: its circuit is open, or the identity provider's key set cannot "
                        + "be read to check a token, which is not said to be invalid: keep it), or the operation takes a few requests "
                        + "at once (uploads, imports, files: each holds megabytes while it runs) and was full (an import or an ODS "
                        + "reconciliation: for the 30 s the request waited for its turn), or the request met another write at the "
                        + "same moment and was rolled back; nothing was changed. "
                        + "`Retry-After` says when to try again", "The service's database cannot be reached; nothing was changed. Retry later"),
        GATEWAY_TIMEOUT(504, "GatewayTimeout", ProblemType.BASE_URI + "gateway-timeout", "Gateway timeout",
                "The gateway: the service did not answer in time (a write may still complete; read before retrying it)",
                "The awards service did not answer within 10 s");

        final int status;
        final String component;
        final String type;
        final String title;
        final String description;
        final String detail;

        Standard(int status, String component, String type, String title, String description, String detail) {
            this.status = status;
            this.component = component;
            this.type = type;
            this.title = title;
            this.description = description;
            this.detail = detail;
        }
    }

    private final ResourceMethods methods;

    public StandardResponsesFilter(IndexView index) {
        this.methods = new ResourceMethods(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addComponents(openAPI.getComponents());
        Set<String> entityPaths = entityPaths(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> complete(path, item, method, operation, entityPaths));
        });
    }

    private void complete(String path, PathItem item, PathItem.HttpMethod method, Operation operation, Set<String> entityPaths) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        boolean write = WRITES.contains(method);
        boolean ids = path.contains("{");
        boolean secured = methods.access(method.name(), path).map(a -> !a.permitAll())
                .orElse(operation.getSecurity() != null && !operation.getSecurity().isEmpty());
        boolean ifMatch = parameters.stream().anyMatch(p -> isHeader(p, IF_MATCH));
        boolean ifMatchRequired = ifMatch && !methods.ifMatchOptional(method.name(), path);
        boolean idempotent = parameters.stream().anyMatch(p -> isHeader(p, IDEMPOTENCY_KEY));
        for (Parameter parameter : parameters) {
            if (isHeader(parameter, IF_MATCH)) {
                describeIfMatch(parameter, ifMatchRequired);
            }
            if (isHeader(parameter, IDEMPOTENCY_KEY)) {
                if (parameter.getDescription() == null) {
                    parameter.setDescription("Any unique text per intended write (a UUID): a retry with the same key and body "
                            + "gets the first answer again (`Idempotent-Replayed: true`); the same key with another body is 422");
                }
            }
        }

        if (body) {
            boundWholeBodies(operation);
        }

        Map<Integer, Standard> wanted = new TreeMap<>();
        for (Standard s : Standard.values()) {
            boolean applies = switch (s.status) {
                // every operation: a query parameter it does not declare is refused, naming it (RefusedQueryParameters; a NUL in a value too)
                case 400 -> true;
                // every operation: a foreign origin's browser request (the gateway's CORS), on public operations too
                case 403 -> true;
                case 404 -> ids;
                case 409, 422 -> write;
                case 412 -> ifMatch;
                case 428 -> ifMatchRequired;
                // every operation: a Content-Length over the limit is refused before the body is read, with or without one
                case 413 -> true;
                case 408, 411, 415 -> body;
                default -> true;
            };
            if (applies) {
                wanted.put(s.status, s);
            }
        }

        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> existing = responses.getAPIResponses() == null ? Map.of() : new LinkedHashMap<>(responses.getAPIResponses());
        for (Standard s : wanted.values()) {
            APIResponse own = existing.get(String.valueOf(s.status));
            if (own == null || own.getRef() == null && (own.getContent() == null || own.getContent().getMediaTypes() == null
                    || own.getContent().getMediaTypes().isEmpty())) {
                responses.addAPIResponse(String.valueOf(s.status), OASFactory.createAPIResponse().ref(s.component));
            }
        }
        Map<String, APIResponse> all = new TreeMap<>(responses.getAPIResponses());
        boolean entity = entityPaths.contains(path) || methods.answersWithETag(method.name(), path)
                || method == PathItem.HttpMethod.POST && entityPaths.stream().anyMatch(e -> e.matches(java.util.regex.Pattern.quote(path) + "/\\{[^/}]+}"));
        if (method == PathItem.HttpMethod.GET && entity) {
            // Conditional reads (platform ConditionalReads): the ETag sent back in If-None-Match is answered 304.
            if (parameters.stream().noneMatch(p -> isHeader(p, IF_NONE_MATCH))) {
                operation.addParameter(OASFactory.createParameter().name(IF_NONE_MATCH).in(Parameter.In.HEADER).required(false)
                        .description("The ETag of an earlier read (or `*`): while the entity is unchanged the answer is 304, no body")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)).example("\"3.kq2W-0xA\""));
            }
            if (!all.containsKey("304")) {
                APIResponse notModified = OASFactory.createAPIResponse()
                        .description("Not modified: `If-None-Match` names the current ETag; no body, the same ETag");
                header(notModified, "ETag");
                header(notModified, "Access-Control-Allow-Origin");
                responses.addAPIResponse("304", notModified);
            }
        }
        all.forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            int status = code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
            if (status >= 400) {
                asProblem(response);
            }
            header(response, "RateLimit-Limit");
            header(response, "RateLimit-Remaining");
            header(response, "RateLimit-Reset");
            header(response, "Access-Control-Allow-Origin");
            if (status == 201 && !methods.createdWithoutLocation(method.name(), path)) {
                header(response, "Location");
            }
            if (status >= 200 && status < 300 && entity && method != PathItem.HttpMethod.DELETE && status != 204) {
                header(response, "ETag");
            }
            if (status >= 200 && status < 300 && idempotent) {
                header(response, IdempotencyService.REPLAYED);
            }
            if (status >= 200 && status < 300 && isFile(response)) {
                header(response, "Content-Disposition");
            }
            if (status == 429 || status == 503) {
                header(response, "Retry-After");
            }
            if (status == 401) {
                header(response, "WWW-Authenticate");
            }
        });
        // Status order, so that readers and diff tools see the same document every build.
        Map<String, APIResponse> ordered = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(ordered));
    }

    private static boolean isHeader(Parameter parameter, String name) {
        return parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName());
    }

    /** Paths whose operations take If-Match: their entity is versioned and its answers carry the ETag. */
    private static Set<String> entityPaths(OpenAPI openAPI) {
        Set<String> paths = new java.util.HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName()))) {
                    paths.add(path);
                }
            });
        });
        return paths;
    }

    /**
     * The longest body a service reads: {@code quarkus.http.limits.max-body-size} in the platform's configuration
     * (and the gateway's), 12 MiB; a longer one is answered 413 before the operation runs.
     */
    public static final int MAX_BODY_BYTES = BodyBytes.HTTP_LIMIT;

    /** A body read whole as a text or a file (CSV, PDF): at most the body limit long, so stated. */
    static void boundWholeBodies(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        for (var media : operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema != null && schema.getRef() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                    && schema.getMaxLength() == null && schema.getEnumeration() == null) {
                schema.setMaxLength(MAX_BODY_BYTES);
            }
        }
    }

    private static void describeIfMatch(Parameter parameter, boolean required) {
        parameter.setRequired(required);
        if (parameter.getDescription() == null) {
            parameter.setDescription(required ? "The ETag of the last read (or `\"<version>\"`); without it the answer is 428, "
                    + "with another version's or a weak (`W/`) one 412"
                    : "Optional: the ETag of the last read (or `\"<version>\"`); with another version's or a weak (`W/`) one the "
                    + "answer is 412, without it the change applies to the entity as it is now");
        }
        if (parameter.getSchema() == null || parameter.getSchema().getMaxLength() == null) {
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100));
        }
        if (parameter.getExample() == null && parameter.getExamples() == null) {
            parameter.setExample("\"3.kq2W-0xA\"");
        }
    }

    /** An error answer documented by the code: its content is the Problem schema, its examples stay. */
    private static void asProblem(APIResponse response) {
        MediaType media = null;
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            media = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
            if (media == null && !response.getContent().getMediaTypes().isEmpty()) {
                media = response.getContent().getMediaTypes().values().iterator().next();
            }
        }
        if (media == null) {
            media = OASFactory.createMediaType();
        }
        media.setSchema(OASFactory.createSchema().ref("Problem"));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    private static boolean isFile(APIResponse response) {
        Content content = response.getContent();
        return content != null && content.getMediaTypes() != null
                && content.getMediaTypes().keySet().stream().anyMatch(m -> !m.contains("json"));
    }

    private static void header(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static void addComponents(Components components) {
        for (Standard s : Standard.values()) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", s.type);
            example.put("title", s.title);
            example.put("status", s.status);
            example.put("detail", s.detail);
            example.put("instance", "/api/v1/cooperatives");
            if (s.status == 400) {
                example.put("errors", List.of(Map.of("field", "kecamatanCode", "message", "must be one of the 12 Kemendagri codes 327501-327512")));
            }
            if (s.status == 409) {
                example.put("currentState", "SUBMITTED");
            }
            if (s.status == 422) {
                example.put("reasons", List.of("No RAT report for financial year 2024."));
            }
            APIResponse response = OASFactory.createAPIResponse().description(s.description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem")).example(example)));
            header(response, "RateLimit-Limit");
            header(response, "RateLimit-Remaining");
            header(response, "RateLimit-Reset");
            header(response, "Access-Control-Allow-Origin");
            if (s.status == 429 || s.status == 503) {
                header(response, "Retry-After");
            }
            if (s.status == 401) {
                header(response, "WWW-Authenticate");
            }
            components.addResponse(s.component, response);
        }
        components.addHeader("RateLimit-Limit", integerHeader("The gateway: requests this client may make per period in the operation's "
                + "rate-limit group (per partner, per token subject, or per IP address without a token)", 600));
        components.addHeader("RateLimit-Remaining", integerHeader("The gateway: requests left in the current period", 599));
        components.addHeader("RateLimit-Reset", integerHeader("The gateway: seconds until this client's whole budget in the "
                + "group is back (the bucket refills evenly over the period)", 1));
        components.addHeader("Retry-After", integerHeader("Seconds to wait before trying again", 12));
        components.addHeader("Access-Control-Allow-Origin", textHeader("The gateway, to a browser whose `Origin` is one of the "
                + "office frontend's (CORS, `KOPERASI_CORS_ORIGINS`)", null, "http://localhost:5173"));
        components.addHeader("ETag", textHeader("The tag of this representation: the entity's version, a dot and a digest of what "
                + "was sent (`\"3.kq2W-0xA\"`), so it changes when the entity does and when what the view works out as of today "
                + "does (a status, a grade, days past due). Send it back in `If-None-Match` to be answered 304 while it holds, and "
                + "in `If-Match` to change the entity: a write compares the version part, strongly (a `W/` tag is stale; a value "
                + "that is no list of quoted tags, such as an unquoted `3`, is a 400 naming `If-Match`). A "
                + "document's tag is the SHA-256 of its bytes", null, "\"3.kq2W-0xA\""));
        components.addHeader("Location", textHeader("The URL of the resource just created", "uri",
                "http://localhost:8080/api/v1/cooperatives/0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11"));
        components.addHeader(IdempotencyService.REPLAYED, textHeader("`true` when this is the stored answer to an earlier request with the "
                + "same `Idempotency-Key` and body (nothing was done again)", null, "true"));
        components.addHeader("Content-Disposition", textHeader("`attachment` with the file's name (RFC 6266): `filename` in ASCII, and "
                + "`filename*` in UTF-8 (RFC 8187) as well when the name is not plain ASCII", null,
                "attachment; filename=\"cooperatives-2026-07-01.csv\""));
        components.addHeader("WWW-Authenticate", textHeader("`Bearer`: the scheme the operation takes; `Bearer error=\"invalid_token\"` "
                + "(RFC 6750 §3.1) when a bearer token was sent and refused (expired, signed by another key, for another issuer or "
                + "audience): get a new token", null, "Bearer error=\"invalid_token\""));
        // the members of Problem's `reasons` (declared by @SchemaProperty, which cannot name its items' length)
        Schema problem = components.getSchemas() == null ? null : components.getSchemas().get("Problem");
        Schema reasons = problem == null || problem.getProperties() == null ? null : problem.getProperties().get("reasons");
        if (reasons != null && reasons.getItems() != null && reasons.getItems().getMaxLength() == null) {
            reasons.getItems().setMaxLength(Problem.REASON_LENGTH);
        }
    }

    private static Header integerHeader(String description, long example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Long.MAX_VALUE)).example(example));
    }

    private static Header textHeader(String description, String format, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format).maxLength(2048).example(example));
    }
}
