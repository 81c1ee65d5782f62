package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem details: no stack trace, no HTML, ever. A client's
 * mistake is a 4xx naming the field at fault; a database outage is a fast 503. Details are written
 * here, not taken from a library's exception; and whatever a service wrote goes through
 * {@link Disclosure} so that no Java type, package or exception class reaches a caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;

    public ProblemMappers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return answer(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, JsonMappingException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return answer(ProblemException.invalid(field,
                    "unknown or read-only field; allowed: " + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf).sorted().collect(Collectors.joining(", "))).toProblem(path(uri)));
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String text && text.indexOf('\u0000') >= 0) {
            return answer(ProblemException.invalid(jsonPath(format), "must not contain the NUL character (U+0000)").toProblem(path(uri)));
        }
        if (e instanceof InvalidFormatException format) {
            return answer(ProblemException.invalid(jsonPath(format),
                    "cannot read '" + format.getValue() + "' as " + simpleName(format.getTargetType())).toProblem(path(uri)));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return answer(ProblemException.invalid(jsonPath(mismatch),
                    "expected " + simpleName(mismatch.getTargetType())).toProblem(path(uri)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A record's own check (IllegalArgumentException) says what is wrong in words; anything else does not.
            String message = mapping.getCause() instanceof IllegalArgumentException rule && rule.getMessage() != null
                    ? rule.getMessage() : "is not valid";
            return answer(ProblemException.invalid(jsonPath(mapping), message).toProblem(path(uri)));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return answer(new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The body must be " + simpleName(mismatch.getTargetType()) + " in JSON").toProblem(path(uri)));
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return answer(new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")).toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new ProblemException(ProblemType.UNAUTHENTICATED,
                "Send a valid, unexpired bearer token in the Authorization header").toProblem(path(uri));
        return Response.fromResponse(answer(problem)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(ProblemException.forbidden("Your role does not allow this operation").toProblem(path(uri)));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return answer(new ProblemException(ProblemType.STALE_VERSION,
                "Someone else changed the resource at the same time; read it again and retry").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return unauthenticated(e, uri);
        }
        // The framework's own 400s come from unreadable bodies or parameters, not field validation. Its
        // messages name its own annotations and classes ("HTTP 415", "@Consumes"): the detail is written here.
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        String detail = switch (status) {
            case 400 -> "The request cannot be read: a parameter or the body is malformed";
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This method is not allowed on " + path(uri) + "; the API documentation lists the operations";
            case 406 -> "No representation this operation answers matches the Accept header; the API documentation lists them";
            case 415 -> "The Content-Type of the body is not one this operation accepts; the API documentation lists them";
            default -> type.title();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, path(uri), List.of(), Map.of());
        Response.ResponseBuilder answer = Response.fromResponse(answer(problem));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (unstorableText(e)) {
            return answer(new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request carries text the database cannot store (e.g. the NUL character U+0000)").toProblem(path(uri)));
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", path(uri), e.getMessage());
            Problem problem = new ProblemException(ProblemType.UNAVAILABLE,
                    "The service's database cannot be reached; nothing was changed. Retry later").toProblem(path(uri));
            return Response.fromResponse(answer(problem)).header("Retry-After", "5").build();
        }
        LOG.errorf(e, "Unexpected failure serving %s", path(uri));
        return answer(new ProblemException(ProblemType.INTERNAL,
                "The request failed on our side; it has been logged").toProblem(path(uri)));
    }

    /** True when the cause chain says the database could not be reached (not a client's mistake). */
    public static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || (t instanceof java.sql.SQLException sql && unavailableState(sql.getSQLState()))
                    // Agroal: "Sorry, acquisition timeout!" - every connection of the pool is busy (saturation).
                    || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when PostgreSQL refused a character of the client's text: 22021 (a NUL byte, "invalid
     * byte sequence"), 22P05 (untranslatable character). The client's mistake, not an outage.
     */
    static boolean unstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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

    private Response answer(Problem problem) {
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(objectMapper.writeValueAsString(Disclosure.scrub(problem)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem details must always serialise", e);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * The field at fault: for a body or bean parameter the path inside it ({@code board[0].name}),
     * for a plain query or path parameter its name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder inside = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
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

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        return switch (type.getSimpleName()) {
            case "long", "Long", "int", "Integer", "short", "Short" -> "a whole number";
            case "BigDecimal", "double", "Double" -> "a number";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an instant (ISO-8601, UTC)";
            case "UUID" -> "a UUID";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            default -> type.getSimpleName().startsWith("List") || type.isArray() ? "an array" : "an object";
        };
    }
}
