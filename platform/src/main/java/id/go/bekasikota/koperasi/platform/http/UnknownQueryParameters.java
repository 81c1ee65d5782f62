package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unknown query parameters are refused as unknown JSON fields are: a request naming a query
 * parameter its operation does not declare ({@link DeclaredQueryParameters}) is a 400 validation
 * problem with one error per such parameter, its name as {@code field}, before the operation runs.
 * A misspelt filter ({@code ?kecamatan=} for {@code ?kecamatanCode=}) would otherwise be silently
 * ignored and answer the whole list. The declared names are read once per resource method.
 */
public class UnknownQueryParameters {

    /** Longer names are cut in the answer: the caller wrote them, the problem need not echo them whole. */
    private static final int SHOWN_NAME_LENGTH = 100;

    private record Operation(Class<?> resource, Method method) {
    }

    private final Map<Operation, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Set<String> sent = sentNames(request);
        Method method = resource.getResourceMethod();
        if (sent.isEmpty() || method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(new Operation(resource.getResourceClass(), method),
                operation -> Set.copyOf(DeclaredQueryParameters.of(operation.resource(), operation.method())));
        List<InvalidField> errors = sent.stream()
                .filter(name -> !name.isEmpty() && !known.contains(name))
                .sorted()
                .map(name -> known.isEmpty()
                        ? InvalidField.of(shown(name), "problem.query.unknown-none")
                        : InvalidField.of(shown(name), "problem.query.unknown", String.join(", ", known.stream().sorted().toList())))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /**
     * The names as the query string spells them: the framework's parameter map folds their case
     * ({@code Page} would pass as {@code page}), so the raw query is read here.
     */
    private static Set<String> sentNames(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                names.add(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("problem.query.unreadable"));
            }
        }
        return names;
    }

    private static String shown(String name) {
        return name.length() <= SHOWN_NAME_LENGTH ? name : name.substring(0, SHOWN_NAME_LENGTH) + "...";
    }
}
