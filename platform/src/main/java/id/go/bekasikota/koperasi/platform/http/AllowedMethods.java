package id.go.bekasikota.koperasi.platform.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The service's {@code Allow} header ({@link ResourcePaths}, read from its resource classes, which
 * Quarkus REST makes beans, on the first use): a 405 names the methods the path answers
 * ({@code ProblemMappers}), as RFC 9110 requires, and an {@code OPTIONS} answer names those of its
 * path, not every method of the resource class that has it (the framework's own answer).
 */
@Singleton
public class AllowedMethods {

    private volatile ResourcePaths paths;

    /** The methods the path answers, sorted, or empty when no resource has it. */
    public Optional<SortedSet<String>> at(String path) {
        return paths().methodsAt(path);
    }

    @ServerResponseFilter
    public void answerOptionsForThePath(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            at(request.getUriInfo().getPath())
                    .ifPresent(methods -> response.getHeaders().putSingle(HttpHeaders.ALLOW, ResourcePaths.allowHeader(methods)));
        }
    }

    private ResourcePaths paths() {
        ResourcePaths known = paths;
        if (known == null) {
            List<Class<?>> resources = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .<Class<?>>map(Bean::getBeanClass)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
            known = ResourcePaths.of(resources);
            paths = known;
        }
        return known;
    }
}
