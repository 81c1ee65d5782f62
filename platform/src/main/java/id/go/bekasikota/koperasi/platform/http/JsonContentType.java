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
 * A body sent to an operation that reads only JSON says what it is: a request carrying a body
 * ({@code Transfer-Encoding}, or a {@code Content-Length} above 0) without a {@code Content-Type}, or
 * with a JSON type naming a {@code charset} the JVM does not know, is a 415 naming {@code Content-Type},
 * before the body is read. The framework would read the first as JSON whatever it was. A known charset
 * other than UTF-8 is read as it says ({@link DeclaredCharset}). Other types keep the framework's 415.
 * Operations reading files (CSV, PDF) are not concerned: their readers look at the bytes.
 */
public class JsonContentType {

    private record Operation(Class<?> resource, Method method) {
    }

    /** The JSON types each operation reads; empty for an operation that reads other types too. */
    private final Map<Operation, List<String>> jsonTypes = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnnamedOrUnreadable(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !UnreadBodies.bodyStillComing(request.getHeaderString("Transfer-Encoding"),
                request.getHeaderString(HttpHeaders.CONTENT_LENGTH), 0)) {
            return;
        }
        List<String> types = jsonTypes.computeIfAbsent(new Operation(resource.getResourceClass(), method),
                o -> jsonTypes(o.resource(), o.method()));
        if (types.isEmpty()) {
            return;
        }
        refusal(request.getHeaderString(HttpHeaders.CONTENT_TYPE), types).ifPresent(reason -> {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("problem.content-type.json"),
                    List.of(reason), Map.of());
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
     * The types of an operation's declared {@code @Consumes} (the method's, else its class's) when they are JSON types
     * only; empty otherwise (other types, or none declared).
     */
    static List<String> jsonTypes(Class<?> resource, Method method) {
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
                return !types.isEmpty() && types.stream().allMatch(value -> json(MediaType.valueOf(value))) ? types : List.of();
            }
        }
        return List.of();
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
