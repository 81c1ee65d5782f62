package id.go.bekasikota.koperasi.platform.idempotency;

import id.go.bekasikota.koperasi.platform.http.EntityTags;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;

/**
 * The HTTP answer of an {@link IdempotencyService.Answer}: the first answer and its replay alike carry the status,
 * the JSON body as it was written and {@code Idempotent-Replayed} (documented on every 2xx of an operation that takes
 * an {@code Idempotency-Key}: platform {@code StandardResponsesFilter}); a creation's, the {@code Location} of what it
 * created, so that a retry names the same resource.
 */
public final class IdempotentResponses {

    private IdempotentResponses() {
    }

    /** The status, the JSON body and {@code Idempotent-Replayed}; more headers may be added. */
    public static Response.ResponseBuilder of(IdempotencyService.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                .header(IdempotencyService.REPLAYED, answer.replayed());
    }

    /**
     * As {@link #of}, and for a 201 the {@code Location}: the request's URL followed by the body's {@code idField}
     * (the id of what was created).
     */
    public static Response.ResponseBuilder created(IdempotencyService.Answer answer, UriInfo uri, String idField) {
        Response.ResponseBuilder response = of(answer);
        if (answer.status() == Response.Status.CREATED.getStatusCode()) {
            response.location(uri.getAbsolutePathBuilder().path(answer.member(idField)).build());
        }
        return response;
    }

    /**
     * The {@code ETag} of an answer that shows a versioned entity: the tag of its representation, the version in the body's
     * {@code versionField} with the digest of the body's bytes, as {@code ConditionalReads} makes it of a view (which
     * leaves a body already written, as this one is, to the resource): the same tag on the first answer and its replay.
     */
    public static String entityTag(IdempotencyService.Answer answer, String versionField) {
        return EntityTags.ofRepresentation(EntityTags.of(Long.parseLong(answer.member(versionField))),
                answer.body().getBytes(StandardCharsets.UTF_8));
    }
}
