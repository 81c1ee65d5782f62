package id.go.bekasikota.koperasi.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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
 * {@code Content-*} headers. A resource only sets the ETag of the version it read; nothing else is needed.
 *
 * <p>Before that, the tag of a version ({@link EntityTags#of}, {@link EntityTags#ofView}) on any successful
 * answer with a JSON body becomes the tag of the representation ({@link EntityTags#ofRepresentation}): a
 * view shows what is worked out as of today beside what the version holds, so the tag changes when either
 * does, and the answer to a write carries the tag a read of the same state would.
 */
public class ConditionalReads {

    private final ObjectMapper json;

    public ConditionalReads(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String etag = representationTag(response);
        if (response.getStatus() != Response.Status.OK.getStatusCode()
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
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

    /**
     * The answer's ETag, completed with the digest of its representation where the resource set a version's tag.
     * Read from the header map itself: the context's {@code getHeaderString} keeps the headers it first read.
     */
    private String representationTag(ContainerResponseContext response) {
        Object header = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag = header == null ? null : header.toString();
        Object entity = response.getEntity();
        if (response.getStatus() / 100 != 2 || !EntityTags.isVersionTag(etag) || entity == null
                || entity instanceof Closeable || entity instanceof byte[] || entity instanceof CharSequence
                || entity instanceof StreamingOutput) {
            return etag;
        }
        try {
            String tag = EntityTags.ofRepresentation(etag, json.writeValueAsBytes(entity));
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            return tag;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view that Jackson cannot write", e);
        }
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
