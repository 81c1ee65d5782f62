package id.go.bekasikota.koperasi.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of a service answers, read from its resource classes: what a 405's and an
 * {@code OPTIONS} answer's {@code Allow} header lists (RFC 9110 §10.2.1, §15.5.6). A path is matched
 * as JAX-RS matches it: among the templates that match it, the one with the most literal characters,
 * then the most variables, wins ({@code /cooperatives/dissolution-candidates} before
 * {@code /cooperatives/{id}}), and its methods are the answer: those of every resource method with
 * that template, {@code HEAD} with {@code GET}, and {@code OPTIONS}, which every path answers.
 */
public final class ResourcePaths {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Template(Pattern pattern, int literalCharacters, int variables, SortedSet<String> methods) {
    }

    private final List<Template> templates;

    private ResourcePaths(List<Template> templates) {
        this.templates = templates;
    }

    /** The paths of these resource classes (those annotated with {@code @Path}; the others are left out). */
    public static ResourcePaths of(Collection<Class<?>> resources) {
        Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                Optional<String> httpMethod = httpMethod(method);
                if (httpMethod.isEmpty()) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = normalized(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
                methodsByTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(httpMethod.get());
            }
        }
        List<Template> templates = new ArrayList<>();
        methodsByTemplate.forEach((template, methods) -> templates.add(compiled(template, methods)));
        templates.sort(Comparator.comparingInt(Template::literalCharacters).thenComparingInt(Template::variables).reversed());
        return new ResourcePaths(List.copyOf(templates));
    }

    /**
     * The methods the path answers, sorted ({@code GET, HEAD, OPTIONS}), or empty when no resource has
     * the path (a 404, not a 405).
     */
    public Optional<SortedSet<String>> methodsAt(String path) {
        String normalized = normalized(path);
        return templates.stream()
                .filter(template -> template.pattern().matcher(normalized).matches())
                .findFirst()
                .map(Template::methods);
    }

    /** The methods as an {@code Allow} header lists them: {@code "GET, HEAD, OPTIONS"}. */
    public static String allowHeader(Set<String> methods) {
        return String.join(", ", methods);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return Optional.of(httpMethod.value());
            }
        }
        return Optional.empty();
    }

    private static Template compiled(String template, Set<String> declared) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        int literal = 0;
        int variables = 0;
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            literal += variable.start() - last;
            regex.append(variable.group(2) == null ? "[^/]+" : "(?:" + variable.group(2).strip() + ")");
            variables++;
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        literal += template.length() - last;
        SortedSet<String> methods = new TreeSet<>(declared);
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return new Template(Pattern.compile(regex.toString()), literal, variables, Collections.unmodifiableSortedSet(methods));
    }

    /** One leading slash, no doubled or trailing ones: {@code /a/b} for {@code a//b/}. */
    private static String normalized(String path) {
        String collapsed = ("/" + path).replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
    }
}
