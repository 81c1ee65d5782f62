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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A body sent to an operation that reads only JSON says so, in UTF-8: a request carrying a body
 * ({@code Transfer-Encoding}, or a {@code Content-Length} above 0) without a {@code Content-Type}, or
 * with a JSON type whose {@code charset} is not UTF-8 (the only encoding of JSON exchanged between
 * systems, RFC 8259 §8.1), is a 415 naming {@code Content-Type}, before the body is read. The
 * framework would read the first as JSON and the second as UTF-8 whatever it said, taking a Latin-1
 * {@code é} for an unreadable byte or another letter. Other types keep the framework's 415.
 * Operations reading files (CSV, PDF) are not concerned: their readers look at the bytes.
 */
public class JsonContentType {

    private record Operation(Class<?> resource, Method method) {
    }

    /** The JSON types each operation reads; empty for an operation that reads other types too. */
    private final Map<Operation, List<String>> jsonTypes = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnnamedOrNotUtf8(ContainerRequestContext request, ResourceInfo resource) {
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
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (json(type) && charset != null && !utf8(charset)) {
            return Optional.of(InvalidField.of(HttpHeaders.CONTENT_TYPE, "problem.content-type.charset", shown(charset),
                    type.getType() + "/" + type.getSubtype()));
        }
        return Optional.empty();
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

    private static boolean utf8(String charset) {
        String name = charset.strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return StandardCharsets.UTF_8.name().equalsIgnoreCase(name);
    }

    /** The caller wrote it: the answer need not echo more than a charset's name could be. */
    private static String shown(String charset) {
        String name = charset.strip();
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
