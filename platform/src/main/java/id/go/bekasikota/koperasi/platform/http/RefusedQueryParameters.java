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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Query parameters are refused, before the operation runs, as JSON fields are: a request naming a
 * query parameter its operation does not declare ({@link DeclaredQueryParameters}), giving one a
 * value with the NUL character (U+0000, which no text column can store), or giving a parameter that
 * takes one value twice ({@code ?status=ACTIVE&status=INACTIVE}: the framework would take the first
 * silently), is a 400 validation problem with one error per such parameter, its name as
 * {@code field}. A misspelt filter ({@code ?kecamatan=} for {@code ?kecamatanCode=}) would otherwise
 * be silently ignored and answer the whole list; a NUL in a free-text filter ({@code ?name=}) would
 * reach the database and come back without the field's name. The query is split as the framework
 * splits it, at {@code &} and at {@code ;} (Netty's decoder): {@code ?sort=name;drop=1} names
 * {@code drop}. The declared names are read once per resource method.
 */
public class RefusedQueryParameters {

    /** Longer names are cut in the answer: the caller wrote them, the problem need not echo them whole. */
    private static final int SHOWN_NAME_LENGTH = 100;
    /** Where the framework's query decoder ends a parameter. */
    private static final Pattern SEPARATOR = Pattern.compile("[&;]");

    private record Operation(Class<?> resource, Method method) {
    }

    /** What an operation declares: every name, and those that take several values. */
    private record Declared(Set<String> names, Set<String> takingSeveralValues) {
    }

    /** How a request gave one parameter: how many times, and whether a value holds a NUL. */
    private record Sent(int times, boolean nul) {

        Sent merge(Sent other) {
            return new Sent(times + other.times, nul || other.nul);
        }
    }

    private final Map<Operation, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Map<String, Sent> sent = sent(request);
        Method method = resource.getResourceMethod();
        if (sent.isEmpty() || method == null) {
            return;
        }
        Declared operation = declared.computeIfAbsent(new Operation(resource.getResourceClass(), method),
                o -> new Declared(Set.copyOf(DeclaredQueryParameters.of(o.resource(), o.method())),
                        Set.copyOf(DeclaredQueryParameters.takingSeveralValues(o.resource(), o.method()))));
        Set<String> known = operation.names();
        List<InvalidField> errors = sent.entrySet().stream()
                .filter(parameter -> !parameter.getKey().isEmpty())
                .<InvalidField>mapMulti((parameter, refused) -> {
                    String name = parameter.getKey();
                    if (!known.contains(name)) {
                        refused.accept(known.isEmpty()
                                ? InvalidField.of(shown(name), "problem.query.unknown-none")
                                : InvalidField.of(shown(name), "problem.query.unknown", String.join(", ", known.stream().sorted().toList())));
                    } else if (parameter.getValue().nul()) {
                        refused.accept(InvalidField.of(name, "problem.query.nul"));
                    } else if (parameter.getValue().times() > 1 && !operation.takingSeveralValues().contains(name)) {
                        refused.accept(InvalidField.of(name, "problem.query.repeated"));
                    }
                })
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /**
     * Each name as the query string spells it (the framework's parameter map folds their case:
     * {@code Page} would pass as {@code page}, so the raw query is read here), sorted, with how it
     * was given.
     */
    private static Map<String, Sent> sent(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, Sent> parameters = new TreeMap<>();
        for (String pair : SEPARATOR.split(query)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                boolean nul = equals >= 0 && URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).indexOf('\0') >= 0;
                parameters.merge(name, new Sent(1, nul), Sent::merge);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("problem.query.unreadable"));
            }
        }
        return parameters;
    }

    private static String shown(String name) {
        return name.length() <= SHOWN_NAME_LENGTH ? name : name.substring(0, SHOWN_NAME_LENGTH) + "...";
    }
}
