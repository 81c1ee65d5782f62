package id.go.bekasikota.koperasi.gateway.docs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code /openapi/{service}}: each service's OpenAPI document ({@code /q/openapi?format=json} of
 * the service), read through the gateway so that the one Swagger UI page at {@code /api-docs}
 * (quarkus.swagger-ui.urls) lists all of them and tries their operations through the gateway.
 * Offered as JSON (the default) and YAML, chosen by {@code ?format=json|yaml} or else by
 * {@code Accept} ({@link DocumentFormat}; {@code Vary: Accept}); {@code format} is the operation's
 * only query parameter. Each representation carries a strong ETag (its digest), and
 * {@code If-None-Match} with it is answered 304. A representation is kept for {@link #KEPT_FOR}, so
 * that asking again and again costs neither the service nor the worker pool.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final String FORMAT = "format";

    /** Reads numbers exactly, so that YAML says what the JSON said. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    /** Every string quoted (no "yes", "1.0" or "null" read back as something else); multi-line text as literal blocks. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    /**
     * How long a representation is kept: a document changes with a deployment only, and without the
     * copy every request for it (anonymous, outside the API's rate limits) fetched some 300 KB from the
     * service and, for YAML, converted it on the worker pool that also verifies tokens.
     */
    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private final GatewayConfig config;
    private final Cache<String, Buffer> kept = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(32).build();

    public ApiDocuments(GatewayConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router, Vertx vertx) {
        WebClient client = WebClient.create(vertx);
        router.route(HttpMethod.GET, "/openapi/:service").handler(ctx -> document(ctx, client));
        // HEAD as GET (RFC 9110 9.3.2: the same headers, no body); any other method is a 405 naming those two.
        router.route(HttpMethod.HEAD, "/openapi/:service").handler(ctx -> document(ctx, client));
        router.route("/openapi/:service").handler(ctx -> {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            Problems.send(ctx, Problems.methodNotAllowed(ctx.request().method().name()));
        });
    }

    private void document(RoutingContext ctx, WebClient client) {
        String name = ctx.pathParam("service");
        GatewayConfig.Service service = config.services().get(name);
        if (service == null) {
            Problems.send(ctx, Problems.notFound(ctx.request().path()));
            return;
        }
        ctx.response().headers().add(HttpHeaders.VARY, "Accept");
        Optional<DocumentFormat> format = format(ctx);
        if (format.isEmpty()) {
            return;
        }
        String key = name + "|" + format.get();
        Buffer copy = kept.getIfPresent(key);
        if (copy != null) {
            answer(ctx, copy, format.get());
            return;
        }
        client.getAbs(service.url().resolve(service.openapiPath()).toString())
                .timeout(service.timeout().toMillis())
                .send()
                .compose(answer -> answer.statusCode() == 200
                        ? represent(ctx.vertx(), answer.body(), format.get())
                        : Future.failedFuture("the service answered " + answer.statusCode()))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        kept.put(key, result.result());
                        answer(ctx, result.result(), format.get());
                    } else {
                        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "10");
                        Problems.send(ctx, Problems.unavailable(Message.of("gateway.document-unavailable", name)));
                    }
                });
    }

    /** The format asked for; empty once a 400 (a query parameter the operation does not take, a format it has not) or a 406 was sent. */
    private static Optional<DocumentFormat> format(RoutingContext ctx) {
        Optional<String> unknown = ctx.queryParams().names().stream().filter(p -> !p.isEmpty() && !p.equals(FORMAT)).sorted().findFirst();
        if (unknown.isPresent()) {
            Problems.send(ctx, Problems.invalidParameter(unknown.get(), Message.of("gateway.param.unknown", FORMAT)));
            return Optional.empty();
        }
        List<String> asked = ctx.queryParam(FORMAT);
        if (asked.size() > 1 || (asked.size() == 1 && DocumentFormat.named(asked.get(0)).isEmpty())) {
            Problems.send(ctx, Problems.invalidParameter(FORMAT, Message.of("gateway.param.format")));
            return Optional.empty();
        }
        Optional<DocumentFormat> format = asked.isEmpty()
                ? DocumentFormat.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT))
                : DocumentFormat.named(asked.get(0));
        if (format.isEmpty()) {
            Problems.send(ctx, Problems.notAcceptable(Message.of("gateway.documents.not-acceptable")));
        }
        return format;
    }

    /** The service's JSON as it came, or as YAML (converted on a worker thread: a document is large). */
    private static Future<Buffer> represent(Vertx vertx, Buffer json, DocumentFormat format) {
        if (format == DocumentFormat.JSON) {
            return Future.succeededFuture(json);
        }
        return vertx.executeBlocking(() -> Buffer.buffer(YAML.writeValueAsBytes(readJson(json))), false);
    }

    private static JsonNode readJson(Buffer json) throws IOException {
        return JSON.readTree(json.getBytes());
    }

    private static void answer(RoutingContext ctx, Buffer body, DocumentFormat format) {
        String etag = DocumentFormat.etag(body.getBytes());
        ctx.response().putHeader(HttpHeaders.ETAG, etag)
                // Anyone may keep a copy, and must ask again with its ETag before using it.
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (noneMatch(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            ctx.response().setStatusCode(304).end();
        } else {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, format.mediaType()).end(body);
        }
    }

    /** {@code If-None-Match} is {@code *} or lists the tag (weak comparison: {@code W/} ignored). Document tags hold no comma. */
    static boolean noneMatch(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || (candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
