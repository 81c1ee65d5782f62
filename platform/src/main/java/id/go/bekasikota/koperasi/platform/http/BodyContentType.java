package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A body says what it is: a request carrying a body ({@code Transfer-Encoding}, or a {@code Content-Length} above 0)
 * without a {@code Content-Type} is a 415 naming {@code Content-Type}, before the body is read, on every operation
 * that declares the types it reads ({@code @Consumes}) unless one of them takes any bytes ({@code application/octet-stream},
 * a wildcard: a body without a type is such bytes, RFC 9110 8.3). The framework would read it as the operation's
 * first type whatever it was: JSON, or a CSV file imported into the register. An operation that reads only JSON also
 * refuses a JSON type naming a {@code charset} the JVM does not know; a known charset other than UTF-8 is read as it
 * says ({@link DeclaredCharset}). A file's charset is its reader's (a CSV is read as UTF-8, naming the line of a byte
 * that is not). Other types keep the framework's 415.
 */
public class BodyContentType {

    private record Operation(Class<?> resource, Method method) {
    }

    /** What an operation reads: the types it declares, whether they are JSON types only, whether a body needs a type. */
    record Reads(List<String> types, boolean json, boolean typeRequired) {

        static final Reads ANYTHING = new Reads(List.of(), false, false);
    }

    private final Map<Operation, Reads> reads = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnnamedOrUnreadable(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !UnreadBodies.bodyStillComing(request.getHeaderString("Transfer-Encoding"),
                request.getHeaderString(HttpHeaders.CONTENT_LENGTH), 0)) {
            return;
        }
        Reads operation = reads.computeIfAbsent(new Operation(resource.getResourceClass(), method),
                o -> reads(o.resource(), o.method()));
        if (!operation.typeRequired()) {
            return;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        Optional<InvalidField> refused = operation.json() ? refusal(contentType, operation.types())
                : contentType == null || contentType.isBlank()
                ? Optional.of(InvalidField.of(HttpHeaders.CONTENT_TYPE, "problem.content-type.missing", String.join(", ", operation.types())))
                : Optional.empty();
        refused.ifPresent(reason -> {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, operation.json() ? Text.of("problem.content-type.json")
                    : Text.of("problem.content-type.declared", String.join(", ", operation.types())), List.of(reason), Map.of());
        });
    }

    /** Why a JSON body with this {@code Content-Type} is not read; empty when it is read. */
    static Optional<InvalidField> refusal(String contentType, List<String> types) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.of(InvalidField.of(HttpHeaders.CONTENT_TYPE, "problem.content-type.missing", String.join(", ", types)));
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty(); // the framework's 415
        }
        String charset = charset(type);
        if (json(type) && charset != null && !known(charset)) {
            return Optional.of(InvalidField.of(HttpHeaders.CONTENT_TYPE, "problem.content-type.charset", shown(charset),
                    type.getType() + "/" + type.getSubtype()));
        }
        return Optional.empty();
    }

    /** The {@code charset} parameter of a type, unquoted; null without one. */
    static String charset(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return null;
        }
        String name = charset.strip();
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }

    /** Whether the JVM can decode this charset (a name it cannot even parse, {@code utf 8}, is not one). */
    static boolean known(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * What an operation reads, from its declared {@code @Consumes} (the method's, else its class's): nothing is
     * required of a body when none is declared or one of them takes any bytes.
     */
    static Reads reads(Class<?> resource, Method method) {
        for (Method declaration : DeclaredQueryParameters.declarations(resource, method)) {
            Consumes consumes = declaration.getAnnotation(Consumes.class);
            if (consumes == null) {
                consumes = declaration.getDeclaringClass().getAnnotation(Consumes.class);
            }
            if (consumes != null) {
                List<String> types = Arrays.stream(consumes.value())
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::strip)
                        .toList();
                if (types.isEmpty() || types.stream().map(MediaType::valueOf)
                        .anyMatch(type -> type.isWildcardType() || type.isWildcardSubtype() || MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(type))) {
                    return Reads.ANYTHING;
                }
                return new Reads(types, types.stream().allMatch(value -> json(MediaType.valueOf(value))), true);
            }
        }
        return Reads.ANYTHING;
    }

    static boolean json(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return "application".equalsIgnoreCase(type.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"));
    }

    /** The caller wrote it: the answer need not echo more than a charset's name could be. */
    private static String shown(String charset) {
        String name = charset.strip();
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
