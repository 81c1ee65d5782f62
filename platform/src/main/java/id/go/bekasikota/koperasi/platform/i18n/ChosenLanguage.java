package id.go.bekasikota.koperasi.platform.i18n;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request's {@code Accept-Language} is read once, by {@link Languages#choose}, and replaced with the language
 * chosen before anything else reads it. Hibernate Validator's resolver (Quarkus') reads the header itself and
 * matches it against {@code quarkus.locales}, a set without an order: for {@code Accept-Language: *} (what Node's
 * {@code fetch} sends unless told otherwise) it took Indonesian while the suite took English, and one answer had an
 * English title and detail with Indonesian field messages. With the header reduced to {@code en} or {@code id}
 * both read the same language.
 */
@ApplicationScoped
public class ChosenLanguage {

    void routes(@Observes Router router) {
        router.route().order(-18).handler(ChosenLanguage::handle);
    }

    static void handle(RoutingContext ctx) {
        String sent = ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (sent != null) {
            ctx.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, Languages.tag(Languages.choose(sent)));
        }
        ctx.next();
    }
}
