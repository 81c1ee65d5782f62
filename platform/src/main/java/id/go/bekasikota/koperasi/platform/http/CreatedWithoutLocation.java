package id.go.bekasikota.koperasi.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation answers 201 without a {@code Location}: what it creates has no address of its own
 * and is read in the collection it was posted to (a juror in the program's jury, a visit in its
 * case), which RFC 9110 15.3.2 lets the target URI identify. Every other 201 sends a
 * {@code Location} that can be read, and the OpenAPI documents declare it there
 * ({@code platform.openapi.StandardResponsesFilter}); the system tests' conformance check holds the
 * wire to that.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CreatedWithoutLocation {
}
