package id.go.bekasikota.koperasi.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Conditional reads in every service (RFC 9110 13.1.2): a {@code GET} or {@code HEAD} answered
 * 200 with an {@code ETag} becomes {@code 304 Not Modified} when {@code If-None-Match} is
 * {@code *} or lists that tag (weak comparison). The 304 keeps the ETag and the caching headers
 * ({@code Cache-Control}, {@code Vary}, {@code Retry-After}, ...) and drops the body with its
 * {@code Content-*} headers. A resource only sets the ETag of what it read; nothing else is needed.
 */
public class ConditionalReads {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode()
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null || !EntityTags.matchesWeakly(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return;
        }
        if (response.getEntity() instanceof Closeable body) {
            close(body);
        }
        response.setEntity(null);
        response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
        List<String> content = response.getHeaders().keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("content-")
                        && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LOCATION))
                .toList();
        content.forEach(response.getHeaders()::remove);
    }

    /** A streamed body that is not sent is released; failing to close it changes nothing for the caller. */
    private static void close(Closeable body) {
        try {
            body.close();
        } catch (IOException e) {
            // nothing was sent from it
        }
    }
}
