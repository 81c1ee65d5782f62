package id.go.bekasikota.koperasi.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation takes {@code If-Match} but does not require it: with it, a changed entity is a 412;
 * without it, the change applies to the entity as it is (no 428). The OpenAPI documents then mark
 * the header optional and list no 428 of their own ({@code platform.openapi.StandardResponsesFilter}), but keep one
 * the operation documents where it requires the header in some state only; without this annotation a taken
 * {@code If-Match} is documented as required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IfMatchOptional {
}
