package id.go.bekasikota.koperasi.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation's successful answer carries the {@code ETag} of the entity it returns
 * ({@link EntityTags#of}), to be sent back in {@code If-Match}. The OpenAPI documents say so
 * ({@code platform.openapi.StandardResponsesFilter}), and on a GET they document the
 * {@code If-None-Match}/304 that {@link ConditionalReads} answers. Every resource method that sets
 * the header carries it; operations on a path taking {@code If-Match} are documented so without it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersWithETag {
}
