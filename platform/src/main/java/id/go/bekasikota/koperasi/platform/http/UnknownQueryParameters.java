package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        Method method = resource.getResourceMethod();
        if (sent.isEmpty() || method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(new Operation(resource.getResourceClass(), method),
                operation -> Set.copyOf(DeclaredQueryParameters.of(operation.resource(), operation.method())));
        List<Problem.FieldError> errors = sent.stream()
                .filter(name -> !name.isEmpty() && !known.contains(name))
                .sorted()
                .map(name -> new Problem.FieldError(shown(name), known.isEmpty()
                        ? "unknown query parameter; this operation takes none"
                        : "unknown query parameter; allowed: " + String.join(", ", known.stream().sorted().toList())))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String shown(String name) {
        return name.length() <= SHOWN_NAME_LENGTH ? name : name.substring(0, SHOWN_NAME_LENGTH) + "...";
    }
}
