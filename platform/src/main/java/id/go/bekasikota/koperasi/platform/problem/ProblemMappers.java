package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.bekasikota.koperasi.platform.http.AllowedMethods;
import id.go.bekasikota.koperasi.platform.http.DeclaredQueryParameters;
import id.go.bekasikota.koperasi.platform.http.ResourcePaths;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem details: no stack trace, no HTML, ever. A client's
 * mistake is a 4xx naming the field at fault; a database outage is a fast 503. Details are written
 * here, not taken from a library's exception; and whatever a service wrote goes through
 * {@link Disclosure} so that no Java type, package or exception class reaches a caller. The title,
 * the detail and the field messages are in the language {@code Accept-Language} asks for
 * ({@link Languages}), named by {@code Content-Language}; the type URI and field names never change.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(ObjectMapper objectMapper, AllowedMethods allowedMethods) {
        this.objectMapper = objectMapper;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        // A body refused as too large may still be coming: UnreadBodies says the connection closes after the answer.
        return answer(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // Hibernate Validator wrote the messages in the request's language already (quarkus.locales).
        List<InvalidField> errors = e.getConstraintViolations().stream()
                .map(v -> new InvalidField(fieldOf(v), Text.verbatim(v.getMessage())))
                .sorted(Comparator.comparing(InvalidField::field).thenComparing(error -> error.message().args().get(0).toString()))
                .toList();
        return answer(ProblemException.invalidFields(errors), uri, headers);
    }

    @ServerExceptionMapper({UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, JsonMappingException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return answer(unreadable(e), uri, headers);
    }

    private static ProblemException unreadable(JsonProcessingException e) {
        Optional<String> named = JsonReadFailures.duplicateField(e);
        if (named.isPresent()) {
            return ProblemException.invalid(named.get(), Text.of("problem.json.duplicate-field"));
        }
        if (JsonReadFailures.documentTooLong(e)) {
            return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("problem.json.body-too-long", JsonConfig.MAX_DOCUMENT_BYTES));
        }
        if (JsonReadFailures.beyondLimits(e)) {
            return ProblemException.invalid(e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? jsonPath(mapping) : "body",
                    Text.of("problem.json.beyond-limits"));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.invalid(jsonPath(unknown), Text.of("problem.json.unknown-field",
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))));
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String text && text.indexOf('\u0000') >= 0) {
            return ProblemException.invalid(jsonPath(format), Text.of("problem.json.nul"));
        }
        if (e instanceof InvalidFormatException format) {
            return ProblemException.invalid(jsonPath(format),
                    Text.of("problem.json.cannot-read", shown(format.getValue()), expected(format.getTargetType())));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ProblemException.invalid(jsonPath(mismatch), Text.of("problem.json.expected", expected(mismatch.getTargetType())));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && mapping.getCause() instanceof InputCoercionException range) {
            // 2^31 for an int32, 2^63 for an int64: a whole number the field's type cannot hold (the documents give the format).
            return ProblemException.invalid(jsonPath(mapping), Text.of("problem.json.out-of-range", format(range.getTargetType())));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A record's own check (IllegalArgumentException) says what is wrong in words; anything else does not.
            Text message = mapping.getCause() instanceof IllegalArgumentException rule && rule.getMessage() != null
                    ? Text.verbatim(rule.getMessage()) : Text.of("problem.json.not-valid");
            return ProblemException.invalid(jsonPath(mapping), message);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("problem.json.body-must-be", expected(mismatch.getTargetType())));
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return new ProblemException(ProblemType.MALFORMED_REQUEST, at == null
                ? Text.of("problem.json.malformed")
                : Text.of("problem.json.malformed-at", at.getLineNr(), at.getColumnNr()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(answer(new ProblemException(ProblemType.UNAUTHENTICATED,
                Text.of("problem.unauthenticated.detail")), uri, headers)).header(HttpHeaders.WWW_AUTHENTICATE, challenge(headers)).build();
    }

    /**
     * RFC 6750 §3.1: {@code Bearer} alone when no bearer token came; {@code error="invalid_token"} when one came and
     * was refused (a valid one never gets here: what it may not do is a 403), so that an OAuth client gets a new token.
     */
    static String challenge(HttpHeaders headers) {
        String authorization = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.length() > 7 && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
        return bearer ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return answer(ProblemException.forbidden(Text.of("problem.forbidden.role")), uri, headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return metAnotherWrite(e, uri, headers);
    }

    /**
     * A write that another changed first at the same moment (a version compared when the row was written, or a row gone),
     * whether found at the flush or, wrapped, at the commit: nothing was written. A request that named the version it read
     * ({@code If-Match} with a tag) is answered as its precondition would be had the other been first: 412. One that named
     * none (or {@code *}) asked for no precondition (RFC 9110 13.1.1): it met another write, and the same request again is
     * expected to pass, so 503 with {@code Retry-After: 1}, as for a deadlock.
     */
    private Response metAnotherWrite(Throwable e, UriInfo uri, HttpHeaders headers) {
        String ifMatch = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            return answer(new ProblemException(ProblemType.STALE_VERSION, Text.of("problem.stale-version.concurrent")), uri, headers);
        }
        LOG.warnf("Met another write at the same moment while serving %s: %s", path(uri), e.getMessage());
        return unavailable("problem.unavailable.contention", "1", uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return unauthenticated(e, uri, headers);
        }
        // RFC 9110 §15.5.6: a 405 lists the methods the path takes. The framework's has no Allow, and where the
        // path is under a resource class whose own path has a variable it answers 404 for a method the path does
        // not take: a path that is there is a 405 for any other method.
        Optional<SortedSet<String>> allow = status == 404 || status == 405 ? allowedMethods.at(uri.getPath()) : Optional.empty();
        if (status == 404 && allow.filter(methods -> !methods.contains(request.getMethod())).isPresent()) {
            status = 405;
        }
        // The JSON reader hands every failure but a mismatch (a syntax error, a member named twice, a value beyond the
        // parser's limits) over as a 400 with the cause: it is read here as the reader's own failures are.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return answer(unreadable(json), uri, headers);
        }
        // The framework's own 400s come from unreadable bodies or parameters, not field validation. Its
        // messages name its own annotations and classes ("HTTP 415", "@Consumes"): the detail is written here.
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        Text detail = switch (status) {
            case 400 -> Text.of("problem.framework.400");
            case 404 -> Text.of("problem.framework.404", path(uri));
            case 405 -> Text.of("problem.framework.405", path(uri));
            case 406 -> Text.of("problem.framework.406");
            case 415 -> Text.of("problem.framework.415");
            default -> Text.of(type.titleKey());
        };
        Locale language = language(headers);
        Problem problem = new Problem(type.uri(), type.title(language), status, detail.in(language), path(uri), List.of(), Map.of());
        Response.ResponseBuilder answer = Response.fromResponse(answer(problem, language));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        if (status == 405) {
            allow.ifPresent(methods -> answer.header(HttpHeaders.ALLOW, ResourcePaths.allowHeader(methods)));
        }
        return answer.build();
    }

    /**
     * An operation that takes only a few requests at once ({@code @Bulkhead}: uploads, imports, files, each of which
     * holds megabytes while it runs) was full (for a bulk operation, as long as the request waited for its turn,
     * {@code Turns}): 503 with {@code Retry-After}, the request's body not read.
     */
    @ServerExceptionMapper
    public Response busy(BulkheadException e, UriInfo uri, HttpHeaders headers) {
        // Its body was not read: UnreadBodies says the connection closes after the answer.
        return unavailable("problem.unavailable.busy", "5", uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (unstorableText(e)) {
            return answer(new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("problem.malformed-request.unstorable-text")), uri, headers);
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", path(uri), e.getMessage());
            return unavailable("problem.unavailable.database", "5", uri, headers);
        }
        if (transactionTimedOut(e)) {
            LOG.warnf("Transaction timed out and rolled back while serving %s: %s", path(uri), e.getMessage());
            return unavailable("problem.unavailable.timeout", "30", uri, headers);
        }
        if (writesMet(e)) {
            LOG.warnf("Rolled back for another write at the same moment while serving %s: %s", path(uri), e.getMessage());
            return unavailable("problem.unavailable.contention", "1", uri, headers);
        }
        if (anyCause(e, t -> t instanceof OptimisticLockException || t instanceof StaleStateException)) {
            return metAnotherWrite(e, uri, headers);
        }
        if (uniqueValueTaken(e)) {
            // A check before an insert that another write passed at the same moment: the value is taken now.
            LOG.warnf("A unique value was taken by another write at the same moment while serving %s: %s", path(uri), e.getMessage());
            return answer(new ProblemException(ProblemType.CONFLICT, Text.of("problem.conflict.unique-taken")), uri, headers);
        }
        LOG.errorf(e, "Unexpected failure serving %s", path(uri));
        return answer(new ProblemException(ProblemType.INTERNAL, Text.of("problem.internal.detail")), uri, headers);
    }

    /** {@code 503 unavailable}: nothing was changed; the client may retry after {@code retryAfterSeconds}. */
    private Response unavailable(String detailKey, String retryAfterSeconds, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(answer(new ProblemException(ProblemType.UNAVAILABLE, Text.of(detailKey)), uri, headers))
                .header("Retry-After", retryAfterSeconds).build();
    }

    /** True when {@code e} or one of its causes matches. */
    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> matches) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (matches.test(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** True when the cause chain says the database could not be reached (not a client's mistake). */
    public static boolean databaseUnavailable(Throwable e) {
        return anyCause(e, t -> t instanceof SQLTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || (t instanceof java.sql.SQLException sql && unavailableState(sql.getSQLState()))
                // Agroal: "Sorry, acquisition timeout!" - every connection of the pool is busy (saturation).
                || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")));
    }

    /**
     * True when the transaction manager rolled the request's transaction back because it outlasted
     * its timeout ({@code quarkus.transaction-manager.default-transaction-timeout}): its commit then
     * finds it no longer active, Narayana's {@code ARJUNA016102}. Nothing was written: the service was
     * too busy, or waited too long for other writes, to finish in time; a retry later may succeed.
     */
    public static boolean transactionTimedOut(Throwable e) {
        return anyCause(e, t -> t instanceof jakarta.transaction.RollbackException
                && t.getMessage() != null && t.getMessage().startsWith("ARJUNA016102"));
    }

    /**
     * True when PostgreSQL rolled the transaction back because it met another write at the same moment: a deadlock
     * (40P01, the two waited for each other and PostgreSQL chose this one) or a serialization failure (40001).
     * Nothing was written, and the same request again is expected to pass: a 503 to retry, not a 500.
     */
    public static boolean writesMet(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLException sql
                && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState())));
    }

    /** True when PostgreSQL refused a row for a value a unique index holds already (23505). */
    static boolean uniqueValueTaken(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()));
    }

    /**
     * True when PostgreSQL refused a character of the client's text: 22021 (a NUL byte, "invalid
     * byte sequence"), 22P05 (untranslatable character). The client's mistake, not an outage.
     */
    static boolean unstorableText(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLException sql
                && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
    }

    /**
     * SQLSTATE classes that mean "the database is not there for us now": connection exceptions
     * (08), insufficient resources (53), operator intervention such as a terminated backend or a
     * server shutting down (57), and a database that refuses connections (55000).
     */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                || state.equals("55000"));
    }

    private Response answer(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Locale language = language(headers);
        return answer(e.toProblem(path(uri), language), language);
    }

    /** The answer in one language: it says which ({@code Content-Language}) and that it depends on {@code Accept-Language}. */
    private Response answer(Problem problem, Locale language) {
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .entity(objectMapper.writeValueAsString(Disclosure.scrub(problem, language)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem details must always serialise", e);
        }
    }

    private static Locale language(HttpHeaders headers) {
        return Languages.choose(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The request's path as sent (percent-encoded, as the gateway's own problems name it): a URI reference. */
    private static String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String raw = uri.getRequestUri().getRawPath();
        return raw == null || raw.isEmpty() ? "/" : raw;
    }

    /**
     * The field at fault: for a body or bean parameter the path inside it ({@code board[0].name}),
     * for a plain query or path parameter its name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        List<Class<?>> parameterTypes = null;
        String methodName = null;
        StringBuilder inside = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                methodName = node.getName();
                parameterTypes = node.as(Path.MethodNode.class).getParameterTypes();
                continue;
            }
            if (kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = wireName(violation.getRootBeanClass(), methodName, parameterTypes,
                        node.as(Path.ParameterNode.class).getParameterIndex()).orElse(node.getName());
                continue;
            }
            // An element of a list or map carries its index on the node that follows the container.
            if (node.isInIterable()) {
                inside.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (inside.length() > 0) {
                inside.append('.');
            }
            inside.append(node.getName());
        }
        if (inside.length() > 0) {
            return inside.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    /**
     * What the caller calls a resource method's parameter: the name in its {@code @QueryParam}, {@code @PathParam},
     * {@code @HeaderParam}, {@code @FormParam} or {@code @CookieParam} (or RESTEasy Reactive's {@code @RestQuery} and
     * its kin), or {@code body} for the request's entity (the parameter without one of them), never the Java
     * parameter's own name ({@code request}). Empty when the method cannot be found (not a resource method), and for
     * a {@code @RestQuery} without a name (its name is the Java parameter's).
     */
    static Optional<String> wireName(Class<?> type, String methodName, List<Class<?>> parameterTypes, int index) {
        if (type == null || methodName == null || parameterTypes == null) {
            return Optional.empty();
        }
        Optional<java.lang.reflect.Method> method = declared(type, methodName, parameterTypes.toArray(Class<?>[]::new));
        if (method.isEmpty() || index < 0 || index >= method.get().getParameterCount()) {
            return Optional.empty();
        }
        // The annotations stand on the method or one it overrides or implements (DeclaredQueryParameters' walk).
        for (java.lang.reflect.Method declaration : DeclaredQueryParameters.declarations(type, method.get())) {
            for (java.lang.annotation.Annotation annotation : declaration.getParameterAnnotations()[index]) {
                String named = annotation instanceof jakarta.ws.rs.QueryParam q ? q.value()
                        : annotation instanceof jakarta.ws.rs.PathParam p ? p.value()
                        : annotation instanceof jakarta.ws.rs.HeaderParam h ? h.value()
                        : annotation instanceof jakarta.ws.rs.FormParam f ? f.value()
                        : annotation instanceof jakarta.ws.rs.CookieParam k ? k.value()
                        : annotation instanceof org.jboss.resteasy.reactive.RestQuery q ? q.value()
                        : annotation instanceof org.jboss.resteasy.reactive.RestPath p ? p.value()
                        : annotation instanceof org.jboss.resteasy.reactive.RestHeader h ? h.value()
                        : annotation instanceof org.jboss.resteasy.reactive.RestForm f ? f.value()
                        : annotation instanceof org.jboss.resteasy.reactive.RestCookie k ? k.value()
                        : annotation instanceof jakarta.ws.rs.BeanParam || annotation instanceof jakarta.ws.rs.core.Context ? ""
                        : null;
                if (named != null) {
                    return named.isEmpty() ? Optional.empty() : Optional.of(named);
                }
            }
        }
        return Optional.of("body");
    }

    /** The method as declared in the class or the nearest superclass that declares it. */
    private static Optional<java.lang.reflect.Method> declared(Class<?> type, String name, Class<?>[] parameterTypes) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredMethod(name, parameterTypes));
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return Optional.empty();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** What a JSON value of this type looks like, in words. */
    /** A value as a message may quote it: at most 40 characters, so that a problem never echoes a large input back. */
    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "\u2026 (" + text.length() + " characters)";
    }

    private static final int SHOWN = 40;

    /** The OpenAPI format of a whole-number type, as the documents name it. */
    private static String format(Class<?> type) {
        return type == Integer.TYPE || type == Integer.class ? "int32" : type == Short.TYPE || type == Short.class ? "int16" : "int64";
    }

    /** What a JSON value of {@code type} is, as a person reads it: a list (any collection) is an array, a record an object. */
    static Text expected(Class<?> type) {
        if (type == null) {
            return Text.of("problem.json.type.other-value");
        }
        if (type.isEnum()) {
            return Text.of("problem.json.type.one-of", java.util.Arrays.toString(type.getEnumConstants()));
        }
        return Text.of("problem.json.type." + switch (type.getSimpleName()) {
            case "long", "Long", "int", "Integer", "short", "Short" -> "whole-number";
            case "BigDecimal", "double", "Double" -> "number";
            case "LocalDate" -> "date";
            case "Instant", "OffsetDateTime" -> "instant";
            case "UUID" -> "uuid";
            case "boolean", "Boolean" -> "boolean";
            case "String" -> "string";
            default -> java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? "array" : "object";
        });
    }
}
