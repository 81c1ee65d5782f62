package id.go.bekasikota.koperasi.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that may work for longer than the server's idle timeout before it answers (an import of 50,000
 * rows): while its request is in progress, its connection is not closed for being silent ({@link LongRequests}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LongRequest {
}
